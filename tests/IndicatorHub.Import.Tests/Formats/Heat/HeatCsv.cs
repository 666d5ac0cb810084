using IndicatorHub.Import.Formats.Heat;

namespace IndicatorHub.Import.Tests.Formats.Heat;

/// <summary>Builds small HEAT Plus template files for rule tests: a valid sex-by-setting row unless told otherwise.</summary>
internal static class HeatCsv
{
    public static Dictionary<string, string> Row(
        string setting = "Stockholm",
        string date = "2020",
        string dimension = "sex",
        string subgroup = "female",
        string ordered = "0",
        string order = "0",
        string reference = "0",
        params (string Column, string Value)[] overrides)
    {
        var row = new Dictionary<string, string>
        {
            [HeatColumns.Setting] = setting,
            [HeatColumns.Date] = date,
            [HeatColumns.Source] = "Kolada",
            [HeatColumns.IndicatorAbbr] = "N01951",
            [HeatColumns.IndicatorName] = "Invånare totalt, antal",
            [HeatColumns.Dimension] = dimension,
            [HeatColumns.Subgroup] = subgroup,
            [HeatColumns.Estimate] = "10.5",
            [HeatColumns.Se] = "0.5",
            [HeatColumns.CiLb] = "9.5",
            [HeatColumns.CiUb] = "11.5",
            [HeatColumns.Population] = "1000",
            [HeatColumns.Note] = string.Empty,
            [HeatColumns.SettingAverage] = "50",
            [HeatColumns.Iso3] = string.Empty,
            [HeatColumns.FavourableIndicator] = "1",
            [HeatColumns.IndicatorScale] = "100",
            [HeatColumns.OrderedDimension] = ordered,
            [HeatColumns.SubgroupOrder] = order,
            [HeatColumns.ReferenceSubgroup] = reference,
        };
        foreach (var (column, value) in overrides)
        {
            row[column] = value;
        }

        return row;
    }

    public static string Build(string? drop, params Dictionary<string, string>[] rows)
    {
        var columns = HeatColumns.TemplateOrder.Where(c => c != drop).ToList();
        var lines = new List<string> { string.Join(',', columns) };
        lines.AddRange(rows.Select(r => string.Join(',', columns.Select(c => Quote(r[c])))));
        return string.Join('\n', lines) + "\n";
    }

    private static string Quote(string cell) => cell.Contains(',', StringComparison.Ordinal) ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
