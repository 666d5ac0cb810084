using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Rankings;
using IndicatorHub.Storage.Queries.Series;
using IndicatorHub.Web.Charts;
using IndicatorHub.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Indicators;

/// <summary>
/// /indicators/{id}: the ranking of all municipalities for a period (?period=, ?area= marks one), the distribution
/// over time, riket's line, the inequality between municipalities over time, and the definition, unit, direction,
/// source and SDG mapping.
/// </summary>
public sealed class IndicatorModel(ChartDataService charts, ReadConnection read, IndicatorStore store) : PageModel
{
    public IndicatorInfo Indicator { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public ProfileArea? Selected { get; private set; }

    public IReadOnlyList<string> Periods { get; private set; } = [];

    public string? Period { get; private set; }

    public ChartFigure? Ranking { get; private set; }

    /// <summary>The histogram of all municipalities' values for <see cref="Period"/>.</summary>
    public ChartFigure? Histogram { get; private set; }

    /// <summary>Population-weighted inequality between all municipalities of the country, per period (group riket).</summary>
    public IReadOnlyList<GroupMeasures> BetweenAllMunicipalities { get; private set; } = [];

    public IReadOnlyList<SpreadRow> Distribution { get; private set; } = [];

    public string GroupName { get; private set; } = "";

    public IReadOnlyList<GroupMeasures> BetweenMunicipalities { get; private set; } = [];

    public IActionResult OnGet(string id, string? period, string? area, string? group, string? network)
    {
        // Every comparison page takes ?network= (issue 8); here a network is one of the groups to compare within.
        group = string.IsNullOrWhiteSpace(group) ? network : group;
        var indicator = IndicatorInfoQuery.Run(read.Connection, id);
        if (indicator is null)
        {
            return NotFound();
        }

        Indicator = indicator;
        Title = IndicatorText.Title(indicator);
        Selected = string.IsNullOrWhiteSpace(area) ? null : ProfileAreaQuery.Run(read.Connection, area);
        Periods = RankingQuery.Periods(read.Connection, indicator.Key);
        Period = period is not null && Periods.Contains(period, StringComparer.Ordinal) ? period : Periods.Count > 0 ? Periods[0] : null;
        var unit = IndicatorText.Unit(indicator);

        var query = Period is null ? "" : "period=" + Uri.EscapeDataString(Period) + (Selected is null ? "" : "&area=" + Uri.EscapeDataString(Selected.Code));
        if (Period is not null && charts.Ranking(indicator, Period, Selected) is { } ranking)
        {
            var values = RankingQuery.Run(read.Connection, indicator.Key, Period);
            var country = RankingQuery.Country(read.Connection, indicator.Key, Period);
            var summary = SummarySentences.Ranking(unit, Period, values, indicator.Direction ?? true, Selected?.Code, country?.Value);
            Ranking = new ChartFigure("ranking", UiCulture.T($"Alla kommuner {Period}", $"All municipalities {Period}"), summary, ranking.Table,
                $"/charts/indicators/{Uri.EscapeDataString(indicator.Code)}/ranking", query);
        }

        if (Period is not null && charts.Histogram(indicator, Period, Selected) is { } histogram)
        {
            Histogram = new ChartFigure("histogram", UiCulture.T($"Fördelning mellan kommunerna {Period}", $"Distribution across municipalities {Period}"), histogram.Summary ?? "", histogram.Table,
                $"/charts/indicators/{Uri.EscapeDataString(indicator.Code)}/distribution", query);
        }

        Distribution = MunicipalitySpreadQuery.Run(read.Connection, AreaKind.Municipality, Periods.Select(p => (indicator.Key, p)).ToList())
            .Values.OrderBy(s => s.Period, StringComparer.Ordinal).ToList();

        var groupName = !string.IsNullOrWhiteSpace(group) && group.Length <= 100 ? group.Trim()
            : Selected?.CountyCode ?? (Selected?.Kind == AreaKind.Region ? Selected.Code : "01");
        (BetweenMunicipalities, GroupName) = Between(indicator, groupName);
        // Riket's code names every municipality as one group (Storage's area groups), riket's value its setting average.
        (BetweenAllMunicipalities, _) = Between(indicator, "00");
        return Page();
    }

    private (IReadOnlyList<GroupMeasures> Groups, string Name) Between(IndicatorInfo indicator, string group)
    {
        try
        {
            var run = store.ComputeInequalityMeasures(
                new MeasureRequest(indicator.Code) { Group = group },
                InequalityOptions.Default with { Measures = [.. MeasureText.BetweenAreas] });
            return (run.Groups, run.Groups.Count > 0 ? run.Groups[0].Group.Setting : group);
        }
        catch (ArgumentException)
        {
            return ([], group);
        }
    }

    /// <summary>"Mål 3 Hälsa och välbefinnande, delmål 3.4".</summary>
    public static string LinkText(SdgLink link)
    {
        var goal = SdgCatalogue.Load().Goal(link.Goal).DisplayName(UiCulture.Lang).Text;
        return link.Target is null ? goal : goal + UiCulture.T(", delmål ", ", target ") + link.Target;
    }
}
