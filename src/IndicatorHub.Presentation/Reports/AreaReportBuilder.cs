using System.Globalization;
using IndicatorHub.Core.Observations;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Bundles;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage.Queries.Reports;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Reports;

/// <summary>
/// Composes an area's report from the profile (which indicators, by goal), the chart data (each chart, its table)
/// and the summary sentences, worded in the current UI culture; the web page, the web ZIP and the CLI all use it.
/// </summary>
public sealed class AreaReportBuilder(ReadConnection read, ProfileService profiles, ChartDataService charts)
{
    /// <summary>The report of <paramref name="areaCode"/> (code or name) made on <paramref name="date"/>; null when the area is unknown.</summary>
    public AreaReport? Build(string areaCode, AreaReportScope scope, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Goal is { } chosen && !AreaReportScope.IsGoal(chosen))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), chosen, "A goal is 1–17.");
        }

        var area = profiles.FindArea(areaCode);
        if (area is null)
        {
            return null;
        }

        var mapped = profiles.Rows(area)
            .Where(r => r.Goal is { } g && (scope.Goal is null || g == scope.Goal))
            .GroupBy(r => r.Goal!.Value)
            .OrderBy(g => g.Key);
        var catalogue = SdgCatalogue.Load();
        var goals = new List<AreaReportGoal>();
        var number = 0;
        foreach (var goal in mapped)
        {
            var chosenRows = goal
                .OrderByDescending(r => Period.EndYear(r.Values.Latest.Period))
                .ThenBy(r => IndicatorText.Title(r.Indicator), StringComparer.Create(UiCulture.Current, false))
                .ThenBy(r => r.Indicator.Code, StringComparer.Ordinal)
                .Take(scope.Limit)
                .ToList();
            var indicators = new List<AreaReportIndicator>();
            foreach (var row in chosenRows)
            {
                var target = new AreaIndicator(area, row.Indicator);
                var series = AreaSeriesQuery.Run(read.Connection, row.Indicator.Key, area);
                var title = IndicatorText.Title(row.Indicator);
                var unit = IndicatorText.Unit(row.Indicator);
                var chartPath = $"/charts/areas/{Uri.EscapeDataString(area.Code)}/indicators/{Uri.EscapeDataString(row.Indicator.Code)}";
                var fileBase = goal.Key.ToString("00", CultureInfo.InvariantCulture) + "-" + ChartBundleWriter.NamePart(row.Indicator.Code);
                var figures = new List<AreaReportFigure>();
                if (charts.Trend(target, series) is { } trend)
                {
                    var latest = series.Area[^1];
                    var pairs = series.SexPairs;
                    var then = pairs.FirstOrDefault(p => string.CompareOrdinal(p.Period, "2015") >= 0);
                    var summary = SummarySentences.Latest(title, unit, area.Name, latest,
                        series.Country.FirstOrDefault(c => c.Period == latest.Period), pairs.Count > 0 ? pairs[^1] : null, then);
                    figures.Add(new AreaReportFigure(++number, "trend", title + UiCulture.T(" – utveckling över tid", " – trend over time"), summary, trend,
                        chartPath + "/trend", fileBase + "-trend"));
                }

                if (charts.Sex(target, series) is { } sex)
                {
                    figures.Add(new AreaReportFigure(++number, "sex", sex.Title, SummarySentences.Sex(area.Name, unit, series.SexPairs[^1]), sex,
                        chartPath + "/sex", fileBase + "-sex"));
                }

                if (figures.Count > 0)
                {
                    indicators.Add(new AreaReportIndicator(row.Indicator, title, row.Values.Latest, figures));
                }
            }

            if (indicators.Count > 0)
            {
                goals.Add(new AreaReportGoal(goal.Key, catalogue.Goal(goal.Key).DisplayName(UiCulture.Lang).Text, indicators, goal.Count() - chosenRows.Count));
            }
        }

        var keys = goals.SelectMany(g => g.Indicators).Select(i => i.Indicator.Key).ToList();
        var sources = ReportSourcesQuery.Run(read.Connection, keys);
        return new AreaReport(area, date, scope, goals, sources, sources.Count == 0 ? 0 : sources.Max(s => s.Id));
    }
}
