using System.Text.Json;
using IndicatorHub.Core.Csv;
using IndicatorHub.Core.Output;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>
/// Writes measure rows as CSV (<c>setting,date,indicator_abbr,dimension,measure,estimate,se,ci_lb,ci_ub,note</c>; through
/// <see cref="CsvOutputWriter"/>: RFC 4180, invariant round-trip numbers, empty where not defined) or as a JSON array of objects with the same
/// names (null where not defined; UTF-8 with å, ä, ö unescaped). <c>note</c> is empty when the measure was computed and otherwise says why not.
/// </summary>
internal static class MeasureRowWriter
{
    internal static readonly string[] Columns = ["setting", "date", "indicator_abbr", "dimension", "measure", "estimate", "se", "ci_lb", "ci_ub", "note"];

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

    internal static void WriteJson(Stream output, IEnumerable<MeasureRow> rows)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.WriterOptions);
        json.WriteStartArray();
        foreach (var row in rows)
        {
            var r = row.Result;
            json.WriteStartObject();
            json.WriteString("setting", row.Setting);
            json.WriteString("date", row.Date);
            json.WriteString("indicator_abbr", row.Indicator);
            json.WriteString("dimension", row.Dimension);
            json.WriteString("measure", r.Measure);
            json.WriteNumberOrNull("estimate", r.Estimate);
            json.WriteNumberOrNull("se", r.Se);
            json.WriteNumberOrNull("ci_lb", r.CiLb);
            json.WriteNumberOrNull("ci_ub", r.CiUb);
            json.WriteString("note", r.NotComputedReason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
    }

}
