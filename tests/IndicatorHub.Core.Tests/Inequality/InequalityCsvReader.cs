using System.Globalization;
using System.Text;

namespace IndicatorHub.Core.Tests.Inequality;

/// <summary>
/// A minimal RFC 4180 reader for the reference CSVs (quoted fields, doubled quotes, NA as missing). The real importer
/// lives elsewhere; this only feeds the tests.
/// </summary>
internal static class InequalityCsvReader
{
    public static List<Dictionary<string, string>> Read(string relativePath)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    public static List<Dictionary<string, string>> Read(TextReader reader)
    {
        var rows = new List<Dictionary<string, string>>();
        string[]? header = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (header is null)
            {
                header = fields;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Length ? fields[i] : "";
            }

            rows.Add(row);
        }

        return rows;
    }

    public static double? Number(this Dictionary<string, string> row, string column)
    {
        var text = row[column];
        return text.Length == 0 || text == "NA"
            ? null
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
