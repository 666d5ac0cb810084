using System.Reflection;
using System.Text;

namespace IndicatorHub.Storage.ReferenceData;

/// <summary>
/// Reads the small embedded reference CSVs (RFC 4180: quoted fields, doubled quotes). Storage does not take a
/// dependency on a CSV library for four files it controls.
/// </summary>
internal static class ReferenceCsv
{
    /// <summary>Reads an embedded reference file as header-keyed rows.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName) => ReadResource("reference/" + fileName);

    /// <summary>Reads any embedded CSV resource of this assembly (e.g. "dimensions/x.csv") as header-keyed rows.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadResource(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in IndicatorHub.Storage.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ReadText(reader.ReadToEnd());
    }

    /// <summary>Reads CSV text (a header line, then records) as header-keyed rows; short or long records are skipped.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadText(string text)
    {
        var records = ParseRecords(text.TrimStart('\uFEFF'));
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        return records.Skip(1)
            .Where(r => r.Count == header.Count)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    private static List<List<string>> ParseRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
