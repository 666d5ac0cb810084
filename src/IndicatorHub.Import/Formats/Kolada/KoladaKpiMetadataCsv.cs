using IndicatorHub.Core.Indicators;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Reads Kolada KPI metadata from CSV (<see cref="KoladaCsvShape.KpiMetadata"/>): v3 field names (id, title) or
/// the v2 names open-numbers' dump uses (concept = id, name = title); description, is_divided_by_gender
/// (TRUE/FALSE, True/False or 1/0) and operating_area in both. Each row becomes one <see cref="ParsedIndicator"/>.
/// </summary>
internal static class KoladaKpiMetadataCsv
{
    internal static IEnumerable<ParsedItem> Read(LongCsvRecordReader reader, string[] headers)
    {
        var id = Column(headers, "id", "concept");
        var title = Column(headers, "title", "name");
        var description = Column(headers, "description");
        var divided = Column(headers, "is_divided_by_gender");
        var operatingArea = Column(headers, "operating_area");
        foreach (var countProblem in KoladaCsvParser.CheckedRows(reader, headers))
        {
            if (countProblem is not null)
            {
                yield return countProblem;
                continue;
            }

            var line = reader.Line;

            var kpi = reader[id].Trim().ToString().ToUpperInvariant();
            if (!KoladaCsvParser.IsKpiId(kpi))
            {
                yield return new ParseProblem(new SourcePosition(line, id + 1, headers[id]), $"'{kpi}' is not a Kolada KPI id (a letter and five digits, e.g. N00923).");
                continue;
            }

            bool? dividedByGender = divided < 0 ? null : reader[divided].Trim().ToString().ToUpperInvariant() switch
            {
                "TRUE" or "1" => true,
                "FALSE" or "0" or "" or "NA" => false,
                _ => null,
            };
            if (divided >= 0 && dividedByGender is null)
            {
                yield return new ParseProblem(new SourcePosition(line, divided + 1, headers[divided]), $"'{InputLimits.Excerpt(reader[divided])}' is not a yes/no value (TRUE/FALSE or 1/0).");
                continue;
            }

            var titleText = Text(reader, title);
            var (unit, scale) = KoladaUnits.FromTitle(titleText);
            yield return new ParsedIndicator(new SourcePosition(line, 1), new Indicator(kpi, titleText ?? kpi)
            {
                Unit = unit,
                Scale = scale,
                Description = Text(reader, description),
                DividedByGender = dividedByGender ?? false,
                OperatingArea = Text(reader, operatingArea),
                Source = "Kolada",
            });
        }
    }

    private static int Column(string[] headers, params string[] names) =>
        names.Select(n => KoladaCsvParser.IndexOf(headers, n)).FirstOrDefault(i => i >= 0, -1);

    private static string? Text(LongCsvRecordReader reader, int column)
    {
        if (column < 0)
        {
            return null;
        }

        var text = reader[column].Trim();
        return text.IsEmpty || text.SequenceEqual("NA") ? null : text.ToString();
    }
}
