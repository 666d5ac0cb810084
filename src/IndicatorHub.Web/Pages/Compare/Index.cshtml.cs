using IndicatorHub.Presentation.Compare;
using IndicatorHub.Storage.Queries.Networks;
using IndicatorHub.Web.Compare;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Compare;

/// <summary>
/// /compare: a network's (or a kommungrupp's, a county's, any set of areas') members × indicators, each value with
/// its status against riket by the profile's rule, the members' own value and riket as rows, sortable by any column
/// through links. Without a selection it shows the form; a bad selection gets 400 or 404 with the reason and the form.
/// </summary>
public sealed class IndexModel(CompareService compare) : PageModel
{
    private static readonly string[] QueryKeys = ["network", "group", "county", "areas", "indicators", "goal", "period", "sort"];

    /// <summary>The resolved request, or null when nothing was asked for.</summary>
    public CompareRequest? Comparison { get; private set; }

    /// <summary>The matrix, when the request resolved.</summary>
    public CompareMatrix? Matrix { get; private set; }

    /// <summary>The members in the requested order.</summary>
    public IReadOnlyList<CompareRow> Rows { get; private set; } = [];

    /// <summary>The stored networks, for the form.</summary>
    public IReadOnlyList<NetworkSummary> Networks { get; private set; } = [];

    /// <summary>Kommungrupper, for the form.</summary>
    public IReadOnlyList<(string Id, string Title)> Groups { get; private set; } = [];

    /// <summary>Counties, for the form.</summary>
    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];

    /// <summary>The refusal in words, when the request was refused.</summary>
    public string? ProblemText { get; private set; }

    public IActionResult OnGet()
    {
        Networks = compare.Networks();
        Groups = compare.MunicipalityGroups();
        Counties = compare.Counties();
        var asked = QueryKeys.Any(k => Request.Query.ContainsKey(k));
        if (!asked)
        {
            return Page();
        }

        var request = CompareRequest.Read(Request, compare);
        Comparison = request;
        if (request.Problem != CompareProblem.None)
        {
            ProblemText = CompareText.Problem(request.Problem, request.Subject);
            Response.StatusCode = request.Status;
            return Page();
        }

        Matrix = compare.Matrix(request.Selection!, request.Indicators, request.Period);
        Rows = CompareService.Sort(Matrix, request.Sort, request.Descending)!;
        return Page();
    }

    /// <summary>The link that sorts by <paramref name="key"/>: ascending first, descending when already ascending.</summary>
    public string SortLink(string key)
    {
        var current = string.Equals(Comparison!.Sort, key, StringComparison.OrdinalIgnoreCase);
        return "/compare" + Comparison.Query(key, current && !Comparison.Descending);
    }

    /// <summary>aria-sort for a column header.</summary>
    public string AriaSort(string key) =>
        !string.Equals(Comparison!.Sort, key, StringComparison.OrdinalIgnoreCase) ? "none" : Comparison.Descending ? "descending" : "ascending";
}
