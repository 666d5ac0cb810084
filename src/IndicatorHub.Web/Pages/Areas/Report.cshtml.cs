using System.Globalization;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Presentation.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}/report: the area's report for print (A4): a cover, a page per SDG goal with data holding each
/// chosen indicator's charts at print resolution with table and sentence, and the sources (batches, files,
/// SHA-256, parsers) at the end. ?goal=N restricts it to one goal. The composition is AreaReportBuilder's.
/// </summary>
public sealed class ReportModel(ReadConnection read, ProfileService profiles, ChartDataService charts, TimeProvider clock) : PageModel
{
    public AreaReport Report { get; private set; } = null!;

    public IActionResult OnGet(string code, string? goal)
    {
        if (!TryScope(goal, out var scope, out var bad))
        {
            return bad;
        }

        var report = new AreaReportBuilder(read, profiles, charts).Build(code, scope, Today(clock));
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    /// <summary>The chart image's URL: the print PNG in the report's language.</summary>
    public static string ImageUrl(AreaReportFigure figure) =>
        figure.ChartPath + ".png?size=print" + (UiCulture.IsEnglish ? "&culture=en" : "");

    /// <summary>This page's query for another scope, keeping the language.</summary>
    public static string Query(int? goal)
    {
        var parts = new List<string>();
        if (goal is { } g)
        {
            parts.Add("goal=" + g.ToString(CultureInfo.InvariantCulture));
        }

        if (UiCulture.IsEnglish)
        {
            parts.Add("culture=en");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The report's date: today where the server is.</summary>
    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Reads ?goal=: absent is every goal; 1–17 one goal; anything else a 400 with the reason.</summary>
    internal static bool TryScope(string? goal, out AreaReportScope scope, out IActionResult bad)
    {
        scope = new AreaReportScope();
        bad = new EmptyResult();
        if (string.IsNullOrEmpty(goal))
        {
            return true;
        }

        if (int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && AreaReportScope.IsGoal(number))
        {
            scope = new AreaReportScope(number);
            return true;
        }

        bad = new BadRequestObjectResult(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = UiCulture.T("Felaktig begäran", "Bad request"),
            Detail = UiCulture.T("Målet (goal) ska vara ett tal från 1 till 17.", "The goal must be a number from 1 to 17."),
        });
        return false;
    }
}
