using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

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

    /// <summary>Writes one CSV row, quoting fields that hold a comma, quote or line break.</summary>
    internal static void CsvRow(TextWriter writer, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i] ?? "";
            writer.Write(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        writer.Write('\n');
    }

    /// <summary>Writes indented JSON built by <paramref name="build"/>, with å, ä and ö as themselves.</summary>
    internal static void Json(TextWriter writer, Action<Utf8JsonWriter> build)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            build(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    /// <summary>A boolean as csv writes it.</summary>
    internal static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An integer, invariant.</summary>
    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A score or ratio with at most <paramref name="decimals"/> decimals, invariant.</summary>
    internal static string Number(double value, int decimals = 2) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a string property, or null.</summary>
    internal static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
