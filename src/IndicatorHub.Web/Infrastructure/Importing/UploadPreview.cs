using System.Text;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>What the preview page shows of an upload before anything is run.</summary>
/// <param name="Format">The detected format, or null when no importer recognises the file.</param>
/// <param name="Encoding">The detected text encoding's web name (utf-8, windows-1252 …).</param>
/// <param name="Delimiter">The field delimiter of a delimited file, or null (JSON, PX).</param>
/// <param name="Rows">The first rows, split into fields (a text file that is not delimited: one field per line).</param>
public sealed record UploadPreview(ImportFormat? Format, string Encoding, char? Delimiter, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    private static readonly char[] Delimiters = [',', ';', '\t'];

    /// <summary>The header row's fields, for the column mapping.</summary>
    public IReadOnlyList<string> Header => Rows.Count > 0 ? Rows[0] : [];

    /// <summary>Reads the head of <paramref name="source"/>: format, encoding, delimiter and the first <paramref name="rows"/> rows.</summary>
    public static UploadPreview Read(ImportSource source, FormatDetector detector, int rows)
    {
        Encoding encoding;
        using (var sniff = source.Open())
        {
            encoding = TextDecoding.Detect(sniff);
        }

        var head = TextDecoding.ReadHead(source.Open, encoding);
        var parser = detector.Choose(source, ImportFormat.Auto, new ParseOptions(), out _);
        var lines = head.Split('\n').Take(rows + 1).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(rows).ToList();
        var delimiter = parser?.Format is ImportFormat.KoladaJson or ImportFormat.PxWebJson or ImportFormat.Px ? null : DetectDelimiter(lines.FirstOrDefault());
        IReadOnlyList<IReadOnlyList<string>> split = delimiter is { } d
            ? lines.Select(l => (IReadOnlyList<string>)Split(l, d)).ToList()
            : lines.Select(l => (IReadOnlyList<string>)[l.Length > 200 ? l[..200] + "…" : l]).ToList();
        return new UploadPreview(parser?.Format, encoding.WebName, delimiter, split);
    }

    private static char? DetectDelimiter(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        var best = Delimiters.Select(c => (Delimiter: c, Count: header.Count(h => h == c))).MaxBy(x => x.Count);
        return best.Count > 0 ? best.Delimiter : null;
    }

    /// <summary>Splits one line, honouring double quotes (a quoted field spanning lines is cut at the line end: this is a preview).</summary>
    private static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
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
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
