using System.Text;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>
/// Reads IndicatorHub's own long CSV: one observation per row with the columns of <see cref="LongCsvColumns"/>
/// in any order. A header is required; <see cref="ParseOptions.ColumnMapping"/> maps canonical names to an
/// analyst's headers (<c>{"indicator":"kpi","area":"kommun","period":"år"}</c>). A file without dimension and
/// subgroup columns holds totals (total/total). The <c>batch</c> column the export writes is read past, because
/// importing a file always makes a new batch. The parser streams row by row over reused buffers, so a file of
/// millions of rows parses in flat memory.
/// </summary>
public sealed class LongCsvParser : IFormatParser
{
    private readonly IReadOnlyDictionary<string, string>? _sniffMapping;


    /// <summary>A parser whose <see cref="Sniff"/> looks for the canonical header names.</summary>
    public LongCsvParser()
    {
    }

    /// <summary>
    /// A parser whose <see cref="Sniff"/> also accepts the headers <paramref name="columnMapping"/> maps to, for
    /// when the user gave a mapping but no format.
    /// </summary>
    public LongCsvParser(IReadOnlyDictionary<string, string>? columnMapping) => _sniffMapping = columnMapping;

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.LongCsv;

    /// <summary>True when the header line names the indicator, area and period columns (canonical or mapped).</summary>
    public bool Sniff(string fileName, string head)
    {
        var line = LongCsvRecordReader.FirstLine(head);
        if (line.IsEmpty)
        {
            return false;
        }

        var names = LongCsvRecordReader.SplitHeader(line, LongCsvRecordReader.DetectDelimiter(line));
        var set = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        return Has(LongCsvColumns.Indicator) && Has(LongCsvColumns.Area) && Has(LongCsvColumns.Period);

        bool Has(string canonical)
        {
            var mapped = _sniffMapping?.FirstOrDefault(m => string.Equals(m.Key, canonical, StringComparison.OrdinalIgnoreCase)).Value;
            return set.Contains(mapped ?? canonical);
        }
    }

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        using var reader = LongCsvRecordReader.OpenWithHeader(source, options, out var headers);
        var decimalComma = reader.DecimalComma;
        if (headers is null)
        {
            yield return new ParseProblem(SourcePosition.File, "The file is empty; a long CSV starts with a header line such as 'indicator,area,period,dimension,subgroup,value'.", Fatal: true);
            yield break;
        }

        var errors = new List<string>();
        var layout = LongCsvLayout.Resolve(headers, options.ColumnMapping, errors);
        if (layout is null)
        {
            foreach (var error in errors)
            {
                yield return new ParseProblem(new SourcePosition(reader.Line, 0), $"Not a long CSV header: {error}.", Fatal: true);
            }

            yield break;
        }

        var pool = new LongCsvStringPool();
        var settingsAnnounced = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<ParseProblem>();
        while (reader.Read())
        {
            var line = reader.Line;
            if (reader.QuoteProblem(headers) is { } quote)
            {
                yield return quote;
                if (quote.Fatal)
                {
                    yield break;
                }

                continue;
            }

            if (reader.FieldCount != headers.Length)
            {
                yield return FieldCountProblem(line, reader.FieldCount, headers);
                continue;
            }

            problems.Clear();
            var observation = ReadRow(reader, layout, line, decimalComma, pool, problems);
            if (observation is null)
            {
                foreach (var problem in problems)
                {
                    yield return problem;
                }
            }
            else
            {
                if (IsSettingOutsideSweden(observation.Area) && settingsAnnounced.Add(observation.Area))
                {
                    // An export of HEAT data holds settings outside Sweden (kind other) by their ISO3 code; a fresh
                    // store does not know them, so the file introduces them as a HEAT file would. An area the store
                    // already has keeps its name.
                    var code = observation.Area;
                    yield return new ParsedArea(observation.AreaPosition ?? observation.Position, new Area(code, code, code, AreaKind.Other));
                }

                yield return observation;
            }
        }
    }

    private static ParsedObservation? ReadRow(
        LongCsvRecordReader reader, LongCsvLayout layout, long line, bool decimalComma, LongCsvStringPool pool, List<ParseProblem> problems)
    {
        var headers = layout.Headers;
        var indicator = Key(layout.Indicator, "the indicator id");
        var area = Key(layout.Area, "the area code or name");
        var period = Key(layout.Period, "the period");

        string dimension = Dimensions.Total, subgroup = Dimensions.TotalSubgroup;
        if (layout.Dimension >= 0)
        {
            var dimensionText = LongCsvNeutralisation.Undo(reader[layout.Dimension].Trim());
            var subgroupText = LongCsvNeutralisation.Undo(reader[layout.Subgroup].Trim());

            // Both empty reads as the total, which is what an analyst leaves when a row has no breakdown.
            if (!dimensionText.IsEmpty || !subgroupText.IsEmpty)
            {
                dimension = dimensionText.IsEmpty ? Missing(layout.Dimension, "a dimension for its subgroup") : pool.Get(dimensionText);
                subgroup = subgroupText.IsEmpty ? Missing(layout.Subgroup, "a subgroup for its dimension") : pool.Get(subgroupText);
            }
        }

        var value = NumberCell.Parse(reader[layout.Value], decimalComma);
        if (!value.Ok)
        {
            NotANumber(layout.Value, "the value", "leave it empty or use a missing-value symbol such as '..' when there is no value");
        }

        string? status = value.Status;
        if (layout.Status >= 0)
        {
            var statusText = LongCsvNeutralisation.Undo(reader[layout.Status].Trim());
            if (!statusText.IsEmpty)
            {
                status = pool.Get(statusText);
            }
        }

        var se = Optional(layout.StandardError, "the standard error");
        var lower = Optional(layout.LowerLimit, "the lower confidence limit");
        var upper = Optional(layout.UpperLimit, "the upper confidence limit");
        var population = Optional(layout.Population, "the population");
        if (problems.Count > 0)
        {
            return null;
        }

        return new ParsedObservation(new SourcePosition(line, 1), indicator, area, period, dimension, subgroup, value.Value)
        {
            Status = status,
            StandardError = se,
            LowerLimit = lower,
            UpperLimit = upper,
            Population = population,
            IndicatorPosition = new SourcePosition(line, layout.Indicator + 1, headers[layout.Indicator]),
            AreaPosition = new SourcePosition(line, layout.Area + 1, headers[layout.Area]),
            PeriodPosition = new SourcePosition(line, layout.Period + 1, headers[layout.Period]),
        };

        string Key(int column, string what)
        {
            // Text cells come back exactly as they were before the export neutralised them (see LongCsvNeutralisation).
            var text = LongCsvNeutralisation.Undo(reader[column].Trim());
            return text.IsEmpty ? Missing(column, what) : pool.Get(text);
        }

        string Missing(int column, string what)
        {
            problems.Add(new ParseProblem(new SourcePosition(line, column + 1, headers[column]), $"The '{headers[column]}' cell is empty; the row needs {what}."));
            return string.Empty;
        }

        double? Optional(int column, string what)
        {
            if (column < 0)
            {
                return null;
            }

            var cell = NumberCell.Parse(reader[column], decimalComma);
            if (!cell.Ok)
            {
                NotANumber(column, what, "leave it empty when it is not known");
            }

            return cell.Value;
        }

        void NotANumber(int column, string what, string hint)
        {
            problems.Add(new ParseProblem(
                new SourcePosition(line, column + 1, headers[column]),
                $"'{InputLimits.Excerpt(reader[column].Trim())}' in '{headers[column]}' is not a number; write {what} with a decimal point (12.5) or decimal comma (12,5), or {hint}."));
        }
    }

    /// <summary>An ISO 3166 alpha-3 code such as IDN: Swedish areas are digits (0180) or names (Stockholm).</summary>
    private static bool IsSettingOutsideSweden(string area) => area.Length == 3 && char.IsAsciiLetterUpper(area[0]) && char.IsAsciiLetterUpper(area[1]) && char.IsAsciiLetterUpper(area[2]);

    private static ParseProblem FieldCountProblem(long line, int fieldCount, string[] headers)
    {
        // Point at the first field that is missing, or at the first one too many.
        var column = Math.Min(fieldCount, headers.Length) + 1;
        var field = fieldCount < headers.Length ? headers[fieldCount] : null;
        var reason = fieldCount < headers.Length
            ? $"The row has {fieldCount} fields but the header has {headers.Length}; '{headers[fieldCount]}' and later columns are missing. Check for a lost delimiter or an unquoted line break."
            : $"The row has {fieldCount} fields but the header has {headers.Length}; quote fields that contain the delimiter.";
        return new ParseProblem(new SourcePosition(line, column, field), reason);
    }
}
