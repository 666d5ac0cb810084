using System.Globalization;
using IndicatorHub.Core.Csv;
using System.Text.Json;
using IndicatorHub.Core.Output;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>CSV and JSON output shared by the sdg commands: RFC 4180, UTF-8, invariant numbers, LF line ends.</summary>
internal static class SdgOutput
{
    /// <summary>The --format option: csv (default) or json.</summary>
    internal static System.CommandLine.Option<string> Format()
    {
        var format = new System.CommandLine.Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        return format;
    }

    /// <summary>
    /// Writes one CSV row through <see cref="CsvOutputWriter"/>: text cells quoted and neutralised against formulas,
    /// numbers (double, int, long) invariant and never neutralised, booleans as true/false, null as an empty cell.
    /// </summary>
    internal static void CsvRow(TextWriter writer, params object?[] fields)
    {
        var csv = new CsvOutputWriter(writer);
        foreach (var field in fields)
        {
            _ = field switch
            {
                null => csv.Text(null),
                string text => csv.Text(text),
                double number => csv.Number(number),
                int number => csv.Integer(number),
                long number => csv.Integer(number),
                bool flag => csv.Boolean(flag),
                _ => throw new ArgumentException($"No CSV cell for {field.GetType().Name}.", nameof(fields)),
            };
        }

        csv.EndRow();
    }

    /// <summary>
    /// Writes <paramref name="value"/> (one of the shared output records in IndicatorHub.Import.Export.Json, the
    /// same the JSON API returns) through the one JSON convention, indented, with a final line end.
    /// </summary>
    internal static void Json<T>(TextWriter writer, T value)
    {
        writer.Write(JsonSerializer.Serialize(value, JsonOutput.IndentedOptions));
        writer.Write('\n');
    }

    /// <summary>A boolean as csv writes it.</summary>
    internal static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An integer, invariant.</summary>
    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A score or ratio with at most <paramref name="decimals"/> decimals, invariant.</summary>
    internal static string Number(double value, int decimals = 2) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);
}
