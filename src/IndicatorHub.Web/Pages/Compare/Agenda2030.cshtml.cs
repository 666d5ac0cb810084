using IndicatorHub.Presentation.Compare;
using IndicatorHub.Web.Compare;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Compare;

/// <summary>
/// /compare/agenda2030?network=…: each member's Agenda 2030 summary side by side — per goal, the counts of its
/// indicators by position among municipalities and by progress towards 2030.
/// </summary>
public sealed class Agenda2030Model(CompareService compare, Agenda2030SummaryService summaries) : PageModel
{
    public CompareSelection? Selection { get; private set; }

    public CompareRequest Comparison { get; private set; } = null!;

    public IReadOnlyList<Agenda2030AreaSummary> Members { get; private set; } = [];

    /// <summary>The goals any member has indicators for, in order.</summary>
    public IReadOnlyList<int> Goals { get; private set; } = [];

    public string? ProblemText { get; private set; }

    public IActionResult OnGet()
    {
        var (selection, problem, subject) = compare.Select(Request.Query["network"], Request.Query["group"], Request.Query["county"], Request.Query["areas"]);
        Comparison = CompareRequest.Read(Request, compare);
        if (problem != CompareProblem.None)
        {
            ProblemText = CompareText.Problem(problem, subject);
            Response.StatusCode = CompareText.IsNotFound(problem) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Page();
        }

        Selection = selection;
        Members = summaries.ForAreas(selection!.Members.Select(m => m.Code).ToList());
        Goals = Members.SelectMany(m => m.Goals).Select(g => g.Goal).Distinct().Order().ToList();
        return Page();
    }
}
