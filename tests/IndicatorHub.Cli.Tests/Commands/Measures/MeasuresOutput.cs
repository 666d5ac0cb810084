using System.Globalization;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Cli.Tests.Commands.Measures;

/// <summary>The CSV `measures` prints, parsed (its fields never need quotes in these tests except the note).</summary>
internal sealed record MeasuresOutput(IReadOnlyList<string> Header, IReadOnlyList<MeasuresOutput.Row> Rows)
{
    internal const string ExpectedHeader = "setting,date,indicator_abbr,dimension,measure,estimate,se,ci_lb,ci_ub,note";

    internal static MeasuresOutput Parse(string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        var rows = lines.Skip(1).Select(line =>
        {
            var f = SplitCsv(line);
            return new Row(f[0], f[1], f[2], f[3], f[4], Number(f[5]), Number(f[6]), Number(f[7]), Number(f[8]), f[9].Length == 0 ? null : f[9]);
        }).ToList();
        return new MeasuresOutput(lines[0].Split(','), rows);
    }

    internal Row Single(string measure, string? indicator = null, string? date = null, string? dimension = null) =>
        Rows.Single(r => r.Measure == measure && (indicator is null || r.Indicator == indicator) && (date is null || r.Date == date)
            && (dimension is null || r.Dimension == dimension));

    internal double Estimate(string measure, string? indicator = null, string? date = null, string? dimension = null) =>
        Single(measure, indicator, date, dimension).Estimate ?? throw new AssertionException($"{measure} has no estimate: {Single(measure, indicator, date, dimension).Note}");

    private static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> SplitCsv(string line) => CsvRecordReader.Read(new StringReader(line)).Single().Fields;

    internal sealed record Row(
        string Setting, string Date, string Indicator, string Dimension, string Measure, double? Estimate, double? Se, double? CiLb, double? CiUb, string? Note);
}

/// <summary>Reads a simple CSV test file (no embedded commas) as header-keyed rows.</summary>
internal static class TestCsv
{
    internal static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    internal static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        return lines.Skip(1)
            .Select(l => header.Zip(l.Split(',').Select(f => f.Trim('"'))).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    internal static double D(this Dictionary<string, string> row, string column) => double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);
}
