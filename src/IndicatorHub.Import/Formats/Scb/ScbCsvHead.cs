using System.Text.RegularExpressions;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// What can be told from the first lines of an SCB CSV export before parsing it: the delimiter, whether a
/// line is a title, and whether a header cell names a year.
/// </summary>
internal static partial class ScbCsvHead
{
    private const int LinesToInspect = 5;

    /// <summary>
    /// The delimiter among comma, semicolon and tab that occurs most often outside quotes in the first non-blank
    /// lines; comma on a tie, as PxWeb's default.
    /// </summary>
    public static char DetectDelimiter(string head)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        foreach (var line in Lines(head).Where(l => l.Trim().Length > 0).Take(LinesToInspect))
        {
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && counts.TryGetValue(c, out var n))
                {
                    counts[c] = n + 1;
                }
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key == ',' ? 0 : 1).First().Key;
    }

    /// <summary>Splits one line on the delimiter, honouring double quotes; for sniffing only.</summary>
    public static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == delimiter && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields;
    }

    /// <summary>
    /// A title row: PxWeb writes the table title as the only (quoted) field; after Excel it is the first cell
    /// of a row whose other cells are empty.
    /// </summary>
    public static bool IsTitle(IReadOnlyList<string> fields) =>
        fields.Count > 0 && fields[0].Trim().Length > 0 && fields.Skip(1).All(f => f.Trim().Length == 0);

    /// <summary>Whether every field is empty (a blank line, or ";;;;" after Excel).</summary>
    public static bool IsBlank(IReadOnlyList<string> fields) => fields.All(f => f.Trim().Length == 0);

    /// <summary>
    /// Splits a heading cell into its period and the rest: "2019" → ("2019", ""), "Folkmängd 2019" →
    /// ("2019", "Folkmängd"), "2019 Folkmängd" → ("2019", "Folkmängd"). PxWeb joins heading values with a
    /// space, time usually last. Null when no year, month, quarter or span of years is at either end.
    /// </summary>
    public static (string Period, string Remainder)? SplitHeading(string cell)
    {
        var text = cell.Trim();
        var cut = text.LastIndexOf(' ');
        var last = cut < 0 ? text : text[(cut + 1)..];
        if (PeriodToken().IsMatch(last))
        {
            return (last, cut < 0 ? string.Empty : text[..cut].Trim());
        }

        cut = text.IndexOf(' ', StringComparison.Ordinal);
        if (cut > 0 && PeriodToken().IsMatch(text[..cut]))
        {
            return (text[..cut], text[(cut + 1)..].Trim());
        }

        return null;
    }

    /// <summary>The lines of a text block.</summary>
    public static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    // Years 1800–2199, months 2025M01, quarters 2025K1 (SCB's Swedish "kvartal"), halves 2025H1, spans 2019-2023.
    [GeneratedRegex("""^(18|19|20|21)\d\d([MmKkHhQq]\d{1,2}|[-–]\d{4})?$""", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodToken();
}
