using IndicatorHub.Charts;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Networks;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Rankings;
using IndicatorHub.Storage.Queries.Series;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Presentation.Reports;

/// <summary>
/// The network comparison of a report indicator: the network's municipalities and the area side by side for the
/// area's latest period, best first, with riket as a line — the ranking chart restricted to the members.
/// </summary>
internal static class AreaReportNetwork
{
    /// <summary>The chart, or null when fewer than two of the members (with the area) have a value for the period.</summary>
    internal static (BuiltChart Chart, string Heading, string Summary)? Build(SqliteConnection connection, ProfileArea area, IndicatorInfo indicator, string period, NetworkDetail network)
    {
        var members = network.Members.Select(m => m.Area.Code).Append(area.Code).ToHashSet(StringComparer.Ordinal);
        var values = RankingQuery.Run(connection, indicator.Key, period).Where(v => members.Contains(v.AreaCode)).ToList();
        if (values.Count < 2)
        {
            return null;
        }

        var country = RankingQuery.Country(connection, indicator.Key, period);
        var higherIsBetter = indicator.Direction ?? true;
        var bars = values.Select(v => new RankingBar(v.AreaCode, v.AreaName, v.Value, v.AreaCode == area.Code ? RankingMark.Selected : RankingMark.None)).ToList();
        var title = IndicatorText.Title(indicator) + " – " + network.Name;
        var caption = new ChartCaption(title, IndicatorText.Unit(indicator), area.Name, period, IndicatorText.Source(indicator));
        var data = new RankingChartData(caption, bars, country?.Value, ChartDataService.CountryLabel, higherIsBetter);
        var chart = new BuiltChart(title, data.ToTable(ChartDataService.Words), o => ChartRenderer.Render(data, o));
        var summary = SummarySentences.Ranking(IndicatorText.Unit(indicator), period, values, higherIsBetter, area.Code, country?.Value);
        var heading = IndicatorText.Title(indicator) + UiCulture.T($" – jämfört i {network.Name}", $" – compared in {network.Name}");
        return (chart, heading, summary);
    }
}
