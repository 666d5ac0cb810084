using System.Text.Json;
using IndicatorHub.Core.Csv;
using IndicatorHub.Core.Output;
using IndicatorHub.Import.Export.Json;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>
/// Writes measure rows as CSV (<c>setting,date,indicator_abbr,dimension,measure,estimate,se,ci_lb,ci_ub,note</c>; through
/// <see cref="CsvOutputWriter"/>: RFC 4180, invariant round-trip numbers, empty where not defined) or as a JSON array of objects with the same
/// names (null where not defined; UTF-8 with å, ä, ö unescaped). <c>note</c> is empty when the measure was computed and otherwise says why not.
/// </summary>
internal static class MeasureRowWriter
{
    internal static readonly IReadOnlyList<string> Columns = MeasureJson.Columns;

    internal static void WriteCsv(TextWriter writer, IEnumerable<MeasureRow> rows)
    {
        var csv = new CsvOutputWriter(writer);
        csv.WriteHeader(Columns);
        foreach (var row in rows)
        {
            var r = row.Result;
            csv.Text(row.Setting).Text(row.Date).Text(row.Indicator).Text(row.Dimension).Text(r.Measure)
                .Number(r.Estimate).Number(r.Se).Number(r.CiLb).Number(r.CiUb).Text(r.NotComputedReason)
                .EndRow();
        }
    }

    /// <summary>Writes the rows as the shared <see cref="MeasureJson"/> records, the same the JSON API returns.</summary>
    internal static void WriteJson(Stream output, IEnumerable<MeasureRow> rows)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.WriterOptions);
        JsonSerializer.Serialize(json, rows.Select(r => MeasureJson.From(r.Setting, r.Date, r.Indicator, r.Dimension, r.Result)), JsonOutput.Options);
        json.Flush();
    }
}
