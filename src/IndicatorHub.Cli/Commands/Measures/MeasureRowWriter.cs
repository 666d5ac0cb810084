using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>
/// Writes measure rows as CSV (<c>setting,date,indicator_abbr,dimension,measure,estimate,se,ci_lb,ci_ub,note</c>; RFC 4180,
/// invariant numbers with round-trip precision, empty where not defined) or as a JSON array of objects with the same
/// names (null where not defined; UTF-8 with å, ä, ö unescaped). <c>note</c> is empty when the measure was computed and otherwise says why not.
/// </summary>
internal static class MeasureRowWriter
{
    internal static readonly string[] Columns = ["setting", "date", "indicator_abbr", "dimension", "measure", "estimate", "se", "ci_lb", "ci_ub", "note"];

    internal static void WriteCsv(TextWriter writer, IEnumerable<MeasureRow> rows)
    {
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var row in rows)
        {
            var r = row.Result;
            writer.Write(string.Join(',',
                Field(row.Setting), Field(row.Date), Field(row.Indicator), Field(row.Dimension), Field(r.Measure),
                Number(r.Estimate), Number(r.Se), Number(r.CiLb), Number(r.CiUb), Field(r.NotComputedReason)));
            writer.Write('\n');
        }
    }

    internal static void WriteJson(Stream output, IEnumerable<MeasureRow> rows)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
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
            Number(json, "estimate", r.Estimate);
            Number(json, "se", r.Se);
            Number(json, "ci_lb", r.CiLb);
            Number(json, "ci_ub", r.CiUb);
            json.WriteString("note", r.NotComputedReason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
    }

    private static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
