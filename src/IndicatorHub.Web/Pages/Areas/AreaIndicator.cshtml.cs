using IndicatorHub.Core.Inequality;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Series;
using IndicatorHub.Web.Charts;
using IndicatorHub.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}/indicators/{id}: one indicator in one area — the trend against riket, the county and the
/// kommungrupp; women and men with the gap; for ordered breakdowns the equiplot and HEAT's measures over time;
/// the data table with each value's batch.
/// </summary>
public sealed class AreaIndicatorModel(ChartDataService charts, IndicatorStore store, ReadConnection read) : PageModel
{
    public AreaIndicator Target { get; private set; } = null!;

    public AreaSeries Series { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public ChartFigure? Trend { get; private set; }

    public ChartFigure? Sex { get; private set; }

    public IReadOnlyList<(ChartFigure Figure, IReadOnlyList<GroupMeasures> Measures)> Breakdowns { get; private set; } = [];

    public IActionResult OnGet(string code, string id)
    {
        var target = charts.Resolve(code, id);
        if (target is null)
        {
            return NotFound();
        }

        Target = target;
        Title = IndicatorText.Title(target.Indicator);
        Series = AreaSeriesQuery.Run(read.Connection, target.Indicator.Key, target.Area);
        var unit = IndicatorText.Unit(target.Indicator);
        var urlBase = $"/charts/areas/{Uri.EscapeDataString(target.Area.Code)}/indicators/{Uri.EscapeDataString(target.Indicator.Code)}";

        if (charts.Trend(target, Series) is { } trend)
        {
            var latest = Series.Area[^1];
            var pairs = Series.SexPairs;
            var then = pairs.FirstOrDefault(p => string.CompareOrdinal(p.Period, "2015") >= 0);
            var summary = SummarySentences.Latest(Title, unit, target.Area.Name, latest,
                Series.Country.FirstOrDefault(c => c.Period == latest.Period), pairs.Count > 0 ? pairs[^1] : null, then);
            Trend = new ChartFigure("trend", UiCulture.T("Utveckling över tid", "Trend over time"), summary, trend.Table, urlBase + "/trend");
        }

        if (charts.Sex(target, Series) is { } sex)
        {
            Sex = new ChartFigure("sex", UiCulture.T("Kvinnor och män", "Women and men"), SummarySentences.Sex(target.Area.Name, unit, Series.SexPairs[^1]), sex.Table, urlBase + "/sex");
        }

        var breakdowns = new List<(ChartFigure, IReadOnlyList<GroupMeasures>)>();
        foreach (var dimension in ChartDataService.Dimensions(target.Indicator))
        {
            if (charts.Equiplot(target, dimension.Id) is not { } equiplot)
            {
                continue;
            }

            var last = equiplot.Table.Rows[^1];
            var summary = SummarySentences.Equiplot(target.Area.Name, unit, last[0].Text ?? "",
                ChartDataService.SubgroupLabel(dimension.Subgroups[0].Subgroup), last[1].Number,
                ChartDataService.SubgroupLabel(dimension.Subgroups[^1].Subgroup), last[^1].Number);
            var figure = new ChartFigure("equiplot-" + dimension.Id, UiCulture.T("Efter ", "By ") + ChartDataService.DimensionTitle(dimension), summary, equiplot.Table,
                urlBase + "/equiplot/" + dimension.Id);
            IReadOnlyList<GroupMeasures> measures;
            try
            {
                measures = store.ComputeInequalityMeasures(
                        new MeasureRequest(target.Indicator.Code) { Area = target.Area.Code, Dimension = dimension.Id },
                        InequalityOptions.Default with { Measures = [.. MeasureText.Ordered] })
                    .Groups;
            }
            catch (ArgumentException)
            {
                measures = [];
            }

            breakdowns.Add((figure, measures));
        }

        Breakdowns = breakdowns;
        return Page();
    }

    /// <summary>An estimate with its interval: "12,3 (10,1 till 14,5)".</summary>
    public static string WithInterval(MeasureResult? result)
    {
        if (result?.Estimate is not { } estimate)
        {
            return "–";
        }

        var text = IndicatorText.Value(estimate, 2);
        return result.CiLb is { } lb && result.CiUb is { } ub
            ? text + " (" + IndicatorText.Value(lb, 2) + UiCulture.T(" till ", " to ") + IndicatorText.Value(ub, 2) + ")"
            : text;
    }
}
