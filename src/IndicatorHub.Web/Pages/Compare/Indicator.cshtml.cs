using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Compare;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Series;
using IndicatorHub.Web.Compare;
using IndicatorHub.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Compare;

/// <summary>
/// /compare/indicator?network=…&amp;indicator=ID: one indicator across a selection's members — their trends as small
/// multiples with riket (chart, table, sentence) and the inequality between members over time (cov, gini, ti).
/// </summary>
public sealed class IndicatorModel(CompareService compare) : PageModel
{
    public CompareRequest Comparison { get; private set; } = null!;

    public IndicatorInfo Indicator { get; private set; } = null!;

    public ChartFigure? Trend { get; private set; }

    public IReadOnlyList<CompareInequalityRow> Inequality { get; private set; } = [];

    public string? ProblemText { get; private set; }

    public IActionResult OnGet(string? indicator)
    {
        Comparison = CompareRequest.Read(Request, compare);
        var (found, problem, subject) = string.IsNullOrWhiteSpace(indicator) ? ([], CompareProblem.UnknownIndicator, "") : compare.Indicators(indicator, null);
        if (Comparison.Problem != CompareProblem.None || problem != CompareProblem.None || found.Count != 1)
        {
            var shown = Comparison.Problem != CompareProblem.None ? Comparison.Problem : problem == CompareProblem.None ? CompareProblem.TooMany : problem;
            ProblemText = CompareText.Problem(shown, Comparison.Problem != CompareProblem.None ? Comparison.Subject : subject);
            Response.StatusCode = CompareText.IsNotFound(shown) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Page();
        }

        Indicator = found[0];
        var selection = Comparison.Selection!;
        if (compare.Trend(selection, Indicator) is { } trend)
        {
            var query = Comparison.Query(withSort: false, indicator: Indicator.Code).TrimStart('?').Replace("&culture=en", "", StringComparison.Ordinal).Replace("culture=en", "", StringComparison.Ordinal);
            Trend = new ChartFigure("trend", UiCulture.T("Medlemmarnas utveckling", "The members' trends"), CompareText.TrendSummary(selection, trend.Table), trend.Table, "/charts/compare/trend", query);
        }

        Inequality = compare.Inequality(selection, Indicator);
        return Page();
    }
}
