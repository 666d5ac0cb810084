using System.Text;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Reads Kolada values from CSV in the layouts of <see cref="KoladaCsvShape"/>. Areas are passed on as written
/// (Kolada ids such as 0000, 0001, 0180 in the flat and values forms, names such as "Stockholm" or "Riket" in
/// the web export); the import pipeline resolves them. Gender T/K/M (or Totalt/Kvinnor/Män) becomes total/total,
/// sex/female and sex/male. An empty value cell is an observation without a value (Kolada writes a suppressed or
/// not-yet-existing figure that way): the store keeps no row for it, but it withdraws a value stored before.
/// </summary>
public sealed class KoladaCsvParser : IFormatParser
{
    private const string KoladaSource = "Kolada";


    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.KoladaCsv;

    /// <summary>True when the header line is one of the <see cref="KoladaCsvShape"/> layouts.</summary>
    public bool Sniff(string fileName, string head)
    {
        var line = LongCsvRecordReader.FirstLine(head);
        return !line.IsEmpty && DetectShape(LongCsvRecordReader.SplitHeader(line, LongCsvRecordReader.DetectDelimiter(line))) != KoladaCsvShape.None;
    }

    /// <summary>Which Kolada layout a header (trimmed names) is.</summary>
    public static KoladaCsvShape DetectShape(IReadOnlyList<string> headers)
    {
        if (headers.Count is 3 or 4 && Is(headers[0], "geo") && Is(headers[1], "year")
            && (headers.Count == 3 || Is(headers[2], "gender")) && IsKpiId(headers[^1]))
        {
            return KoladaCsvShape.Flat;
        }

        if (IndexOf(headers, "Område") >= 0 && IndexOf(headers, "Nyckeltalsid") >= 0)
        {
            return KoladaCsvShape.Wide;
        }

        if (IndexOf(headers, "kpi") >= 0 && IndexOf(headers, "gender") >= 0 && IndexOf(headers, "value") >= 0
            && (IndexOf(headers, "municipality_id") >= 0 || IndexOf(headers, "municipality") >= 0)
            && (IndexOf(headers, "year") >= 0 || IndexOf(headers, "period") >= 0))
        {
            return KoladaCsvShape.Values;
        }

        if ((IndexOf(headers, "concept") >= 0 && IndexOf(headers, "name") >= 0)
            || (IndexOf(headers, "id") >= 0 && IndexOf(headers, "title") >= 0 && IndexOf(headers, "is_divided_by_gender") >= 0))
        {
            return KoladaCsvShape.KpiMetadata;
        }

        return KoladaCsvShape.None;
    }

    /// <summary>True for a Kolada KPI id: a letter and five digits (N00923, u01405).</summary>
    public static bool IsKpiId(ReadOnlySpan<char> text) =>
        text.Length == 6 && char.IsAsciiLetter(text[0]) && text[1..].ContainsAnyExceptInRange('0', '9') is false;

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        using var reader = LongCsvRecordReader.OpenWithHeader(source, options, out var headers);
        var decimalComma = reader.DecimalComma;
        if (headers is null)
        {
            yield return new ParseProblem(SourcePosition.File, "The file is empty; a Kolada CSV starts with a header such as 'geo,year,n00923'.", Fatal: true);
            yield break;
        }

        var shape = DetectShape(headers);
        var rows = shape switch
        {
            KoladaCsvShape.Flat => ReadFlat(reader, headers, decimalComma),
            KoladaCsvShape.Wide => ReadWide(reader, headers, decimalComma),
            KoladaCsvShape.Values => ReadValues(reader, headers, decimalComma),
            KoladaCsvShape.KpiMetadata => KoladaKpiMetadataCsv.Read(reader, headers),
            _ => null,
        };

        if (rows is null)
        {
            yield return new ParseProblem(
                new SourcePosition(reader.Line, 0),
                $"The header ({string.Join(", ", headers)}) is no Kolada CSV layout; expected 'geo,year,<kpi>', 'geo,year,gender,<kpi>' or the web export's 'Område, Kön, Nyckeltalsid, Nyckeltal, Nyckeltalsbeskrivning, <years>'.",
                Fatal: true);
            yield break;
        }

        foreach (var item in rows)
        {
            yield return item;
        }
    }

    private static IEnumerable<ParsedItem> ReadFlat(LongCsvRecordReader reader, string[] headers, bool decimalComma)
    {
        var hasGender = headers.Length == 4;
        var kpi = headers[^1].ToUpperInvariant();
        var valueColumn = headers.Length - 1;
        var pool = new LongCsvStringPool();
        foreach (var countProblem in CheckedRows(reader, headers))
        {
            if (countProblem is not null)
            {
                yield return countProblem;
                continue;
            }

            var line = reader.Line;

            var area = reader[0].Trim();
            var year = reader[1].Trim();
            string dimension = Dimensions.Total, subgroup = Dimensions.TotalSubgroup;
            if (hasGender && !TryGender(reader[2], out dimension, out subgroup))
            {
                yield return GenderProblem(reader, line, 2, headers);
                continue;
            }

            if (area.IsEmpty || year.IsEmpty)
            {
                yield return EmptyKeyProblem(line, area.IsEmpty ? 0 : 1, headers);
                continue;
            }

            var cell = NumberCell.Parse(reader[valueColumn], decimalComma);
            if (!cell.Ok)
            {
                yield return NumberProblem(reader, line, valueColumn, headers);
                continue;
            }

            yield return new ParsedObservation(new SourcePosition(line, 1), kpi, pool.Get(area), pool.Get(year), dimension, subgroup, cell.Value)
            {
                Status = cell.Status,
                AreaPosition = new SourcePosition(line, 1, headers[0]),
                PeriodPosition = new SourcePosition(line, 2, headers[1]),
            };
        }
    }

    private static IEnumerable<ParsedItem> ReadWide(LongCsvRecordReader reader, string[] headers, bool decimalComma)
    {
        var areaColumn = IndexOf(headers, "Område");
        var genderColumn = IndexOf(headers, "Kön");
        var idColumn = IndexOf(headers, "Nyckeltalsid");
        var titleColumn = IndexOf(headers, "Nyckeltal");
        var descriptionColumn = IndexOf(headers, "Nyckeltalsbeskrivning");

        // Every column whose header is a period is a value column; the others are labels.
        var yearColumns = new List<int>();
        for (var i = 0; i < headers.Length; i++)
        {
            if (i != areaColumn && i != genderColumn && i != idColumn && i != titleColumn && i != descriptionColumn
                && Period.TryNormalize(headers[i], out _, out _))
            {
                yearColumns.Add(i);
            }
        }

        if (yearColumns.Count == 0)
        {
            yield return new ParseProblem(new SourcePosition(reader.Line, 0), "The Kolada export has no year columns; after Nyckeltalsbeskrivning it should have one column per year (2020, 2021, …).", Fatal: true);
            yield break;
        }

        var headerLine = reader.Line;
        var announced = new HashSet<string>(StringComparer.Ordinal);
        var pool = new LongCsvStringPool();
        foreach (var countProblem in CheckedRows(reader, headers))
        {
            if (countProblem is not null)
            {
                yield return countProblem;
                continue;
            }

            var line = reader.Line;

            var areaText = pool.Get(reader[areaColumn].Trim());
            var kpi = pool.Get(reader[idColumn].Trim().ToString().ToUpperInvariant());
            if (areaText.Length == 0 || kpi.Length == 0)
            {
                yield return EmptyKeyProblem(line, areaText.Length == 0 ? areaColumn : idColumn, headers);
                continue;
            }

            string dimension = Dimensions.Total, subgroup = Dimensions.TotalSubgroup;
            if (genderColumn >= 0 && !TryGender(reader[genderColumn], out dimension, out subgroup))
            {
                yield return GenderProblem(reader, line, genderColumn, headers);
                continue;
            }

            if (announced.Add(kpi))
            {
                // The export repeats the KPI's title and description on every row; the first row describes it.
                var title = titleColumn >= 0 ? reader[titleColumn].Trim().ToString() : string.Empty;
                var description = descriptionColumn >= 0 ? reader[descriptionColumn].Trim().ToString() : string.Empty;
                var (unit, scale) = KoladaUnits.FromTitle(title);
                yield return new ParsedIndicator(new SourcePosition(line, idColumn + 1, headers[idColumn]), new Indicator(kpi, title.Length > 0 ? title : kpi)
                {
                    Description = description.Length > 0 ? description : null,
                    Unit = unit,
                    Scale = scale,
                    Source = KoladaSource,
                    NeedsMetadata = title.Length == 0,
                });
            }

            foreach (var column in yearColumns)
            {
                var cell = NumberCell.Parse(reader[column], decimalComma);
                if (!cell.Ok)
                {
                    yield return NumberProblem(reader, line, column, headers);
                    continue;
                }

                yield return new ParsedObservation(new SourcePosition(line, column + 1, headers[column]), kpi, areaText, headers[column], dimension, subgroup, cell.Value)
                {
                    Status = cell.Status,
                    AreaPosition = new SourcePosition(line, areaColumn + 1, headers[areaColumn]),
                    PeriodPosition = new SourcePosition(headerLine, column + 1, headers[column]),
                    IndicatorPosition = new SourcePosition(line, idColumn + 1, headers[idColumn]),
                };
            }
        }
    }

    private static IEnumerable<ParsedItem> ReadValues(LongCsvRecordReader reader, string[] headers, bool decimalComma)
    {
        var kpiColumn = IndexOf(headers, "kpi");
        var areaColumn = IndexOf(headers, "municipality_id");
        areaColumn = areaColumn >= 0 ? areaColumn : IndexOf(headers, "municipality");
        var periodColumn = IndexOf(headers, "year");
        periodColumn = periodColumn >= 0 ? periodColumn : IndexOf(headers, "period");
        var genderColumn = IndexOf(headers, "gender");
        var valueColumn = IndexOf(headers, "value");
        var statusColumn = IndexOf(headers, "status");
        var pool = new LongCsvStringPool();
        foreach (var countProblem in CheckedRows(reader, headers))
        {
            if (countProblem is not null)
            {
                yield return countProblem;
                continue;
            }

            var line = reader.Line;

            var kpi = reader[kpiColumn].Trim();
            var area = reader[areaColumn].Trim();
            var period = reader[periodColumn].Trim();
            if (kpi.IsEmpty || area.IsEmpty || period.IsEmpty)
            {
                yield return EmptyKeyProblem(line, kpi.IsEmpty ? kpiColumn : area.IsEmpty ? areaColumn : periodColumn, headers);
                continue;
            }

            if (!TryGender(reader[genderColumn], out var dimension, out var subgroup))
            {
                yield return GenderProblem(reader, line, genderColumn, headers);
                continue;
            }

            var cell = NumberCell.Parse(reader[valueColumn], decimalComma);
            if (!cell.Ok)
            {
                yield return NumberProblem(reader, line, valueColumn, headers);
                continue;
            }

            var status = statusColumn >= 0 ? reader[statusColumn].Trim() : [];
            yield return new ParsedObservation(new SourcePosition(line, 1), pool.Get(kpi.ToString().ToUpperInvariant()), pool.Get(area), pool.Get(period), dimension, subgroup, cell.Value)
            {
                // R writes a missing value as NA; Kolada's own status text wins when there is one.
                Status = status.IsEmpty ? cell.Status : pool.Get(status),
                IndicatorPosition = new SourcePosition(line, kpiColumn + 1, headers[kpiColumn]),
                AreaPosition = new SourcePosition(line, areaColumn + 1, headers[areaColumn]),
                PeriodPosition = new SourcePosition(line, periodColumn + 1, headers[periodColumn]),
            };
        }
    }

    /// <summary>Maps Kolada's gender as the API (T/K/M) or the web export (Totalt/Kvinnor/Män) writes it.</summary>
    private static bool TryGender(ReadOnlySpan<char> text, out string dimension, out string subgroup)
    {
        text = text.Trim();
        if (text.Equals("Totalt", StringComparison.OrdinalIgnoreCase) || text.Equals("Total", StringComparison.OrdinalIgnoreCase))
        {
            text = "T";
        }
        else if (text.Equals("Kvinnor", StringComparison.OrdinalIgnoreCase))
        {
            text = "K";
        }
        else if (text.Equals("Män", StringComparison.OrdinalIgnoreCase))
        {
            text = "M";
        }

        // Empty means T to Core's mapping, but a Kolada file always states the gender, so an empty cell is an error.
        if (text.IsEmpty || text.Length > 1)
        {
            (dimension, subgroup) = (string.Empty, string.Empty);
            return false;
        }

        return Dimensions.TryFromKoladaGender(text.ToString(), out dimension, out subgroup);
    }

    /// <summary>
    /// Moves the reader through the rows after the header. For each row it yields null when the row has the
    /// header's field count (the reader is then on it), or the problem instead; it stops after a fatal one.
    /// </summary>
    internal static IEnumerable<ParseProblem?> CheckedRows(LongCsvRecordReader reader, string[] headers)
    {
        while (reader.Read())
        {
            var problem = FieldCountProblem(reader, headers);
            yield return problem;
            if (problem is { Fatal: true })
            {
                yield break;
            }
        }
    }

    private static ParseProblem? FieldCountProblem(LongCsvRecordReader reader, string[] headers)
    {
        if (reader.QuoteProblem(headers) is { } quote)
        {
            return quote;
        }

        if (reader.FieldCount == headers.Length)
        {
            return null;
        }

        var column = Math.Min(reader.FieldCount, headers.Length) + 1;
        return new ParseProblem(
            new SourcePosition(reader.Line, column, reader.FieldCount < headers.Length ? headers[reader.FieldCount] : null),
            $"The row has {reader.FieldCount} fields but the header has {headers.Length}; check for a lost or an unquoted delimiter.");
    }

    private static ParseProblem GenderProblem(LongCsvRecordReader reader, long line, int column, string[] headers) =>
        new(new SourcePosition(line, column + 1, headers[column]), $"Unknown gender '{InputLimits.Excerpt(reader[column].Trim())}'; Kolada writes T (total), K (women) or M (men), or Totalt, Kvinnor, Män.");

    private static ParseProblem NumberProblem(LongCsvRecordReader reader, long line, int column, string[] headers) =>
        new(new SourcePosition(line, column + 1, headers[column]), $"'{InputLimits.Excerpt(reader[column].Trim())}' in '{headers[column]}' is not a number; write the value as 12.5 or 12,5, or leave the cell empty when there is none.");

    private static ParseProblem EmptyKeyProblem(long line, int column, string[] headers) =>
        new(new SourcePosition(line, column + 1, headers[column]), $"The '{headers[column]}' cell is empty; every row needs it.");

    private static bool Is(string header, string name) => string.Equals(header, name, StringComparison.OrdinalIgnoreCase);

    internal static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (Is(headers[i], name))
            {
                return i;
            }
        }

        return -1;
    }
}
