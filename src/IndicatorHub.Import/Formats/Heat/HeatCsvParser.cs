using System.Text;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.Heat;

/// <summary>
/// Reads a file prepared for WHO's HEAT Plus (v6 upload template saved as CSV) and checks the template's rules.
/// Mapping:
/// <list type="bullet">
/// <item>setting → area as written; date → period as written; indicator_abbr → indicator id as written;
/// dimension and subgroup as written; estimate, se, ci_lb, ci_ub, population → value, SE, limits, population.</item>
/// <item>note → <see cref="ParsedObservation.Status"/>: HEAT Plus itself renames note to <c>flag</c> on upload, so
/// it is the row's flag; when there is no note a missing-value symbol in estimate (NA, ..) is the status.</item>
/// <item>setting_average → one extra observation in total/total per setting × date × indicator.</item>
/// <item>indicator_name, favourable_indicator (→ HigherIsBetter), indicator_scale (→ Scale; 100 → unit "%", 1000 →
/// "per 1000") and source → one <see cref="ParsedIndicator"/> per indicator_abbr, before its first value.</item>
/// <item>ordered_dimension, subgroup_order, reference_subgroup → one <see cref="ParsedDimension"/> per dimension
/// (the union of its subgroups over the file, ordered ones sorted by subgroup_order).</item>
/// <item>iso3 other than SWE → a <see cref="ParsedArea"/> of kind <see cref="AreaKind.Other"/> with the ISO3 code as
/// its code (and as its Kolada id, which such an area has none of) and the setting as its name, so settings
/// outside Sweden, like WHO's Indonesian example, can be imported.</item>
/// </list>
/// An empty reference_subgroup is accepted as "no reference chosen", and a non-ordered dimension may have no
/// reference subgroup: the template's legend says the user "has the option to choose" one, and WHO's own example
/// in the template leaves the column empty in every row (HEAT Plus's upload check would reject it). More than one
/// reference is an error. Missing estimate, se, population and setting_average are only warnings in HEAT Plus and
/// are stored as null. Template files are small, so the file is read whole before the rules are checked; every
/// problem still names its line and column.
/// </summary>
public sealed class HeatCsvParser : IFormatParser
{
    private const string Sweden = "SWE";


    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.HeatCsv;

    /// <summary>True when the header has HEAT's setting, indicator_abbr, dimension, subgroup and estimate columns.</summary>
    public bool Sniff(string fileName, string head)
    {
        var line = LongCsvRecordReader.FirstLine(head);
        if (line.IsEmpty)
        {
            return false;
        }

        var names = LongCsvRecordReader.SplitHeader(line, LongCsvRecordReader.DetectDelimiter(line))
            .Select(n => HeatColumns.Aliases.TryGetValue(n, out var canonical) ? canonical : n)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains(HeatColumns.Setting) && names.Contains(HeatColumns.IndicatorAbbr)
            && names.Contains(HeatColumns.Dimension) && names.Contains(HeatColumns.Subgroup) && names.Contains(HeatColumns.Estimate);
    }

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        using var reader = LongCsvRecordReader.OpenWithHeader(source, options, out var headers);
        var decimalComma = reader.DecimalComma;
        if (headers is null)
        {
            yield return new ParseProblem(SourcePosition.File, "The file is empty; a HEAT Plus file starts with the template's header (setting,date,source,indicator_abbr,…).", Fatal: true);
            yield break;
        }

        var headerLine = reader.Line;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Length; i++)
        {
            var canonical = HeatColumns.Aliases.TryGetValue(headers[i], out var alias) ? alias : headers[i];
            columns.TryAdd(canonical, i);
        }

        var missing = HeatColumns.Mandatory.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            yield return new ParseProblem(
                new SourcePosition(headerLine, 0),
                $"The HEAT Plus template's mandatory column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} {(missing.Count > 1 ? "are" : "is")} missing from the header; HEAT Plus cannot upload the file without {(missing.Count > 1 ? "them" : "it")}.",
                Fatal: true);
            yield break;
        }

        var rows = new List<HeatRow>();
        var rowProblems = new List<(long Line, ParseProblem Problem)>();
        while (reader.Read())
        {
            if (reader.QuoteProblem(headers) is { } quote)
            {
                rowProblems.Add((reader.Line, quote));
                if (quote.Fatal)
                {
                    break;
                }

                continue;
            }

            if (reader.FieldCount != headers.Length)
            {
                var column = Math.Min(reader.FieldCount, headers.Length) + 1;
                rowProblems.Add((reader.Line, new ParseProblem(
                    new SourcePosition(reader.Line, column, reader.FieldCount < headers.Length ? headers[reader.FieldCount] : null),
                    $"The row has {reader.FieldCount} fields but the header has {headers.Length}; check for a lost delimiter or quote fields that contain one.")));
                continue;
            }

            rows.Add(ReadRow(reader, columns, headers, decimalComma));
        }

        SourcePosition Position(HeatRow row, string column) =>
            columns.TryGetValue(column, out var index) ? new SourcePosition(row.Line, index + 1, headers[index]) : new SourcePosition(row.Line, 0, column);

        HeatTemplateRules.Check(rows, Position);
        var dimensions = BuildDimensions(rows);

        var indicators = new HashSet<string>(StringComparer.Ordinal);
        var areas = new HashSet<string>(StringComparer.Ordinal);
        var announcedDimensions = new HashSet<string>(StringComparer.Ordinal);
        var averages = new HashSet<(string, string, string)>();
        var next = 0;
        foreach (var row in rows)
        {
            // Problems of rows that could not be read at all come in file order among the others.
            while (next < rowProblems.Count && rowProblems[next].Line < row.Line)
            {
                yield return rowProblems[next++].Problem;
            }

            if (!row.IsValid)
            {
                foreach (var problem in row.Problems.OrderBy(p => p.Position.Column))
                {
                    yield return problem;
                }

                continue;
            }

            if (indicators.Add(row.IndicatorAbbr))
            {
                yield return new ParsedIndicator(Position(row, HeatColumns.IndicatorAbbr), new Indicator(row.IndicatorAbbr, row.IndicatorName)
                {
                    Source = row.Source,
                    HigherIsBetter = row.Favourable == 1,
                    Scale = row.Scale,
                    Unit = row.Scale switch
                    {
                        100 => "%",
                        1000 => "per 1000",
                        _ => null,
                    },
                });
            }

            if (row.Iso3 is { } iso3 && !string.Equals(iso3, Sweden, StringComparison.OrdinalIgnoreCase) && areas.Add(row.Setting))
            {
                var code = iso3.ToUpperInvariant();
                yield return new ParsedArea(Position(row, HeatColumns.Iso3), new Area(code, code, row.Setting, AreaKind.Other));
            }

            if (announcedDimensions.Add(row.Dimension))
            {
                yield return new ParsedDimension(Position(row, HeatColumns.Dimension), dimensions[row.Dimension]);
            }

            if (row.SettingAverage is { } average && averages.Add(row.AverageKey))
            {
                yield return new ParsedObservation(Position(row, HeatColumns.SettingAverage), row.IndicatorAbbr, row.Setting, row.Date, Dimensions.Total, Dimensions.TotalSubgroup, average)
                {
                    IndicatorPosition = Position(row, HeatColumns.IndicatorAbbr),
                    AreaPosition = Position(row, HeatColumns.Setting),
                    PeriodPosition = Position(row, HeatColumns.Date),
                };
            }

            yield return new ParsedObservation(new SourcePosition(row.Line, 1), row.IndicatorAbbr, row.Setting, row.Date, row.Dimension, row.Subgroup, row.Estimate)
            {
                Status = row.Note ?? row.EstimateSymbol,
                StandardError = row.Se,
                LowerLimit = row.CiLb,
                UpperLimit = row.CiUb,
                Population = row.Population,
                IsReference = row.IsReference,
                IndicatorPosition = Position(row, HeatColumns.IndicatorAbbr),
                AreaPosition = Position(row, HeatColumns.Setting),
                PeriodPosition = Position(row, HeatColumns.Date),
            };
        }

        while (next < rowProblems.Count)
        {
            yield return rowProblems[next++].Problem;
        }
    }

    private static HeatRow ReadRow(LongCsvRecordReader reader, Dictionary<string, int> columns, string[] headers, bool decimalComma)
    {
        var line = reader.Line;
        var problems = new List<ParseProblem>();

        string Text(string column, bool mandatory)
        {
            if (!columns.TryGetValue(column, out var index))
            {
                return string.Empty;
            }

            var text = reader[index].Trim().ToString();
            if (mandatory && text.Length == 0)
            {
                problems.Add(new ParseProblem(new SourcePosition(line, index + 1, headers[index]), $"{column} is empty; the HEAT Plus template requires it on every row."));
            }

            return text;
        }

        var row = new HeatRow
        {
            Line = line,
            Setting = Text(HeatColumns.Setting, mandatory: true),
            Date = Text(HeatColumns.Date, mandatory: true),
            Source = Text(HeatColumns.Source, mandatory: true),
            IndicatorAbbr = Text(HeatColumns.IndicatorAbbr, mandatory: true),
            IndicatorName = Text(HeatColumns.IndicatorName, mandatory: true),
            Dimension = Text(HeatColumns.Dimension, mandatory: true),
            Subgroup = Text(HeatColumns.Subgroup, mandatory: true),
            Note = NullIfEmpty(Text(HeatColumns.Note, mandatory: false)),
            Iso3 = NullIfEmpty(Text(HeatColumns.Iso3, mandatory: false)),
        };

        // Cells HEAT only warns about when missing (estimate, se, population, setting_average) stay null.
        var estimate = Number(HeatColumns.Estimate, mandatory: false, out var symbol);
        row.Estimate = estimate;
        row.EstimateSymbol = symbol;
        row.Se = NonNegative(HeatColumns.Se);
        row.CiLb = NonNegative(HeatColumns.CiLb);
        row.CiUb = NonNegative(HeatColumns.CiUb);
        row.Population = NonNegative(HeatColumns.Population);
        row.SettingAverage = NonNegative(HeatColumns.SettingAverage);
        if (row.Estimate < 0)
        {
            NotNegative(HeatColumns.Estimate);
        }

        row.Favourable = ZeroOrOne(HeatColumns.FavourableIndicator, mandatory: true, "1 for a favourable indicator (higher is better) or 0 for an adverse one");
        row.Ordered = ZeroOrOne(HeatColumns.OrderedDimension, mandatory: true, "1 for an ordered dimension or 0 for a non-ordered or binary one");
        row.Reference = ZeroOrOne(HeatColumns.ReferenceSubgroup, mandatory: false, "1 for the reference subgroup or 0");

        var scale = Number(HeatColumns.IndicatorScale, mandatory: true, out _);
        if (scale is <= 0)
        {
            Add(HeatColumns.IndicatorScale, $"indicator_scale is {Invariant(scale)}; it must be greater than zero (100 for percentages, 1000 for rates per 1000).");
        }

        row.Scale = scale;

        var order = Number(HeatColumns.SubgroupOrder, mandatory: true, out _);
        if (order is { } o && (o < 0 || o != Math.Floor(o)))
        {
            Add(HeatColumns.SubgroupOrder, $"subgroup_order is {Invariant(o)}; it must be a whole number, 0 for non-ordered dimensions and 1..n for ordered ones.");
        }

        row.SubgroupOrder = order;

        if (row.Iso3 is { } iso3 && (iso3.Length != 3 || !iso3.All(char.IsAsciiLetter)))
        {
            Add(HeatColumns.Iso3, $"iso3 '{iso3}' is not a three-letter code such as IDN; leave it empty when the setting is not a country.");
        }

        row.Problems.AddRange(problems);
        return row;

        double? NonNegative(string column)
        {
            var value = Number(column, mandatory: false, out _);
            if (value < 0)
            {
                NotNegative(column);
            }

            return value;
        }

        void NotNegative(string column) =>
            Add(column, $"{column} is negative; the HEAT Plus template requires a number greater than or equal to zero.");

        double? ZeroOrOne(string column, bool mandatory, string meaning)
        {
            var value = Number(column, mandatory, out _);
            if (value is not null and not 0 and not 1)
            {
                Add(column, $"{column} is {Invariant(value)}; it must be {meaning}.");
            }

            return value;
        }

        double? Number(string column, bool mandatory, out string? missingSymbol)
        {
            missingSymbol = null;
            if (!columns.TryGetValue(column, out var index))
            {
                return null;
            }

            var cell = NumberCell.Parse(reader[index], decimalComma);
            if (!cell.Ok)
            {
                problems.Add(new ParseProblem(new SourcePosition(line, index + 1, headers[index]), $"{column} '{InputLimits.Excerpt(reader[index].Trim())}' is not a number; write it with a decimal point (97.5){(mandatory ? string.Empty : " or leave it empty")}."));
                return null;
            }

            if (mandatory && cell.Value is null)
            {
                problems.Add(new ParseProblem(new SourcePosition(line, index + 1, headers[index]), $"{column} is empty; the HEAT Plus template requires it on every row."));
            }

            missingSymbol = cell.Status;
            return cell.Value;
        }

        void Add(string column, string reason)
        {
            var index = columns[column];
            problems.Add(new ParseProblem(new SourcePosition(line, index + 1, headers[index]), reason));
        }
    }

    private static Dictionary<string, DimensionDefinition> BuildDimensions(List<HeatRow> rows)
    {
        var result = new Dictionary<string, DimensionDefinition>(StringComparer.Ordinal);
        foreach (var group in rows.Where(r => r.IsValid).GroupBy(r => r.Dimension, StringComparer.Ordinal))
        {
            var ordered = group.First().IsOrdered;
            var subgroups = new List<SubgroupDefinition>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in group)
            {
                if (seen.TryGetValue(row.Subgroup, out var at))
                {
                    // A subgroup that is the reference anywhere (one setting, one indicator) is marked as such.
                    if (row.IsReference && !subgroups[at].IsReference)
                    {
                        subgroups[at] = subgroups[at] with { IsReference = true };
                    }

                    continue;
                }

                seen[row.Subgroup] = subgroups.Count;
                subgroups.Add(new SubgroupDefinition(row.Subgroup, ordered ? (int?)row.SubgroupOrder : null, !ordered && row.IsReference));
            }

            if (ordered)
            {
                subgroups.Sort((a, b) => Nullable.Compare(a.Order, b.Order));
            }

            result[group.Key] = new DimensionDefinition(group.Key, ordered) { Subgroups = subgroups };
        }

        return result;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Invariant(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "empty";
}
