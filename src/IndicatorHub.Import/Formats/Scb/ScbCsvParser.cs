using System.Text.RegularExpressions;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// Reads a CSV exported from SCB's Statistikdatabasen or any PxWeb site, as PxWeb's CsvSerializer and its
/// all-stub variants (Csv2/Csv3) write it, also after a round trip through Excel. Streams row by row.
/// <list type="bullet">
/// <item>An optional title row (one quoted field, or a first cell followed by empty cells) and blank rows before
/// the header are skipped; the title becomes the indicator's description.</item>
/// <item>Delimiter: comma, semicolon or tab, the most frequent outside quotes in the first lines;
/// <see cref="ParseOptions.Delimiter"/> overrides. Encoding: BOM, valid UTF-8, else Windows-1252 (via
/// <see cref="TextDecoding"/>); <see cref="ParseOptions.Encoding"/> overrides. A file delimited by semicolons
/// or tabs is read with decimal comma ("83,79"), as Swedish Excel writes it.</item>
/// <item>Wide layout: stub columns (region, kön, ålder…) then one column per period ("2019") or content and
/// period ("Folkmängd 2019"). Long layout: a time column (år, månad, Tid) and the values in the columns after
/// it (one, headed by the contents text, in PxWeb's all-stub exports).</item>
/// <item>Region cells "0180 Stockholm" → area "0180"; a name alone stays the name. Periods "2025M01" →
/// "2025-01". Missing-value symbols (.., ..., ., -, *) → null value with the symbol as status.</item>
/// <item>Indicator: an SCB CSV carries no id, so <see cref="ParseOptions.IndicatorId"/> is used (null when not
/// given: the pipeline then requires --indicator) unless the header or a tabellinnehåll column names contents:
/// then each content's text is its id, or "{IndicatorId}.{content}" when the option is given and there are
/// several. A Csv3 value column headed by a table id ("TAB638") gives that id.</item>
/// <item>Breakdown columns map through <see cref="ScbBreakdown"/>; "män 2019" headings give kön.</item>
/// </list>
/// Problems: a row with the wrong number of fields or a value that is no number rejects that cell or row with
/// its line and field; no header, binary content or JSON is fatal.
/// </summary>
public sealed partial class ScbCsvParser : IFormatParser
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.ScbCsv;

    /// <summary>
    /// Delimited text (not JSON, not PX, no NUL bytes) whose header — after an optional title and blank lines —
    /// has at least two fields and a region column or a column headed by a year ("2019", "Folkmängd 2019").
    /// </summary>
    public bool Sniff(string fileName, string head)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0 || text.Contains('\0', StringComparison.Ordinal) || text[0] is '{' or '[' || PxKeywordLine().IsMatch(text))
        {
            return false;
        }

        var delimiter = ScbCsvHead.DetectDelimiter(text);
        foreach (var line in ScbCsvHead.Lines(text).Take(10))
        {
            var fields = ScbCsvHead.Split(line, delimiter);
            if (ScbCsvHead.IsBlank(fields) || (fields.Count == 1 || ScbCsvHead.IsTitle(fields)))
            {
                continue;
            }

            return fields.Count >= 2 && fields.Any(f =>
                ScbVocabulary.Classify(f, f) == ScbVariableRole.Region || ScbCsvHead.SplitHeading(f) is not null);
        }

        return false;
    }

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        var head = TextDecoding.ReadHead(source, options.Encoding);
        if (head.Contains('\0', StringComparison.Ordinal))
        {
            yield return new ParseProblem(new SourcePosition(1, 1), "the file is binary (it contains NUL bytes), not CSV text; export the table from Statistikdatabasen as CSV", Fatal: true);
            yield break;
        }

        var start = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.Length > 0 && start[0] is '{' or '[')
        {
            yield return new ParseProblem(new SourcePosition(1, 1), "the file is JSON, not CSV; import a PxWeb JSON-stat response with the pxweb-json format", Fatal: true);
            yield break;
        }

        var delimiter = options.Delimiter ?? ScbCsvHead.DetectDelimiter(head);
        using var reader = TextDecoding.OpenReader(source, options.Encoding);
        using var rows = new ScbCsvRows(reader, delimiter);

        string? title = null;
        string[]? header = null;
        long headerLine = 0;
        while (rows.Read())
        {
            var fields = rows.Fields;
            if (rows.QuoteProblem(null) is { } headQuote)
            {
                // Before the header nothing can be read past a broken quote: what follows would be guessed.
                yield return headQuote with { Fatal = true };
                yield break;
            }

            if (ScbCsvHead.IsBlank(fields))
            {
                continue;
            }

            if (title is null && (fields.Length == 1 || ScbCsvHead.IsTitle(fields)))
            {
                title = fields[0].Trim();
                continue;
            }

            header = [.. fields.Select(f => f.Trim())];
            headerLine = rows.Line;
            break;
        }

        if (header is null)
        {
            var reason = title is null
                ? "the file is empty: an SCB CSV export needs a header such as \"region\",\"kön\",\"2019\" and rows of values"
                : $"the file has only the title '{title}' and no header or values";
            yield return new ParseProblem(new SourcePosition(Math.Max(1, rows.Line), 1), reason, Fatal: true);
            yield break;
        }

        var layout = ScbCsvLayout.Analyse(header, headerLine, out var problem);
        if (layout is null)
        {
            yield return problem!;
            yield break;
        }

        // With a tabellinnehåll column the number of contents decides the ids, so it is counted in a first pass.
        var contents = layout.ContentsColumn >= 0
            ? DistinctContents(source, options, delimiter, layout, headerLine)
            : layout.ValueColumns.Select(v => v.Content).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var ids = contents.ToDictionary(c => c, c => ScbIndicatorId.Compose(options.IndicatorId, layout.TableId, c, contents.Count), StringComparer.Ordinal);
        var plainId = ScbIndicatorId.Compose(options.IndicatorId, layout.TableId, null, 1);
        foreach (var indicator in Indicators(contents, ids, plainId, title, headerLine))
        {
            yield return indicator;
        }

        var decimalComma = delimiter != ',';
        var caches = layout.BreakdownColumns.ToDictionary(c => c, _ => new Dictionary<string, ScbBreakdownPart>(StringComparer.Ordinal));
        var parts = new List<ScbBreakdownPart>();
        while (rows.Read())
        {
            var fields = rows.Fields;
            var line = rows.Line;
            if (ScbCsvHead.IsBlank(fields))
            {
                continue;
            }

            if (rows.QuoteProblem(header) is { } quote)
            {
                yield return quote;
                if (quote.Fatal)
                {
                    yield break;
                }

                continue;
            }

            if (fields.Length != header.Length)
            {
                var column = Math.Min(fields.Length, header.Length) + 1;
                yield return new ParseProblem(
                    new SourcePosition(line, column, column <= header.Length ? header[column - 1] : null),
                    $"expected {header.Length} fields, found {fields.Length}");
                continue;
            }

            var areaPosition = new SourcePosition(line, layout.RegionColumn + 1, header[layout.RegionColumn]);
            var area = ScbAreaCell.ToArea(fields[layout.RegionColumn]);
            if (area.Length == 0)
            {
                yield return new ParseProblem(areaPosition, "the region cell is empty");
                continue;
            }

            parts.Clear();
            foreach (var c in layout.BreakdownColumns)
            {
                var value = fields[c].Trim();
                if (!caches[c].TryGetValue(value, out var part))
                {
                    part = ScbBreakdownPart.Create(header[c], header[c], value, value);
                    caches[c][value] = part;
                }

                parts.Add(part);
            }

            var rowPeriod = layout.TimeColumn >= 0 ? fields[layout.TimeColumn] : null;
            var rowContent = layout.ContentsColumn >= 0 ? fields[layout.ContentsColumn].Trim() : null;
            var baseParts = parts.Count;
            foreach (var valueColumn in layout.ValueColumns)
            {
                var position = new SourcePosition(line, valueColumn.Index + 1, valueColumn.Name);
                var cellText = fields[valueColumn.Index];
                var cell = NumberCell.Parse(cellText, decimalComma);
                if (!cell.Ok)
                {
                    yield return new ParseProblem(position, $"value '{InputLimits.Excerpt(cellText.Trim())}' is not a number or a missing-value symbol (.., ..., ., -, *)");
                    continue;
                }

                var content = valueColumn.Content ?? rowContent;
                var period = valueColumn.Period ?? rowPeriod ?? string.Empty;
                if (parts.Count > baseParts)
                {
                    parts.RemoveRange(baseParts, parts.Count - baseParts);
                }

                if (valueColumn.Sex is not null)
                {
                    parts.Add(valueColumn.Sex);
                }

                var (dimension, subgroup) = ScbBreakdown.Describe(parts);
                yield return new ParsedObservation(position, content is null ? plainId : ids.GetValueOrDefault(content, plainId), area, ScbVocabulary.NormalizePeriod(period), dimension, subgroup, cell.Value)
                {
                    Status = cell.Status,
                    AreaPosition = areaPosition,
                    PeriodPosition = valueColumn.Period is not null
                        ? new SourcePosition(headerLine, valueColumn.Index + 1, valueColumn.Name)
                        : new SourcePosition(line, layout.TimeColumn + 1, header[layout.TimeColumn]),
                    IndicatorPosition = layout.ContentsColumn >= 0
                        ? new SourcePosition(line, layout.ContentsColumn + 1, header[layout.ContentsColumn])
                        : valueColumn.Content is not null ? new SourcePosition(headerLine, valueColumn.Index + 1, valueColumn.Name) : null,
                };
            }
        }
    }

    private static IEnumerable<ParsedIndicator> Indicators(List<string> contents, Dictionary<string, string?> ids, string? plainId, string? title, long headerLine)
    {
        if (contents.Count == 0)
        {
            // Only the title says what the values are; without an id there is nothing to attach it to.
            if (plainId is not null && title is not null)
            {
                yield return new ParsedIndicator(new SourcePosition(1, 1), new Indicator(plainId, title));
            }

            yield break;
        }

        foreach (var content in contents)
        {
            if (ids[content] is { } id)
            {
                yield return new ParsedIndicator(new SourcePosition(headerLine, 0), new Indicator(id, content) { Description = title });
            }
        }
    }

    private static List<string> DistinctContents(ImportSource source, ParseOptions options, char delimiter, ScbCsvLayout layout, long headerLine)
    {
        var seen = new List<string>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var reader = TextDecoding.OpenReader(source, options.Encoding);
        using var rows = new ScbCsvRows(reader, delimiter);
        while (rows.Read())
        {
            if (rows.Line <= headerLine || rows.Fields.Length <= layout.ContentsColumn)
            {
                continue;
            }

            var content = rows.Fields[layout.ContentsColumn].Trim();
            if (content.Length > 0 && set.Add(content))
            {
                seen.Add(content);
            }
        }

        return seen;
    }

    [GeneratedRegex("""^[A-Z][A-Z0-9-]*(\[[A-Za-z-]{2,8}\])?(\("[^"\r\n]*"(\s*,\s*"[^"\r\n]*")*\))?\s*=""", RegexOptions.CultureInvariant)]
    private static partial Regex PxKeywordLine();
}
