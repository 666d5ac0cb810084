using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace IndicatorHub.Web.Pages.Indicators;

/// <summary>/indicators: every indicator, searchable (?q=) and a page at a time (?page=), so all of Kolada stays listable.</summary>
public sealed class IndexModel(ReadConnection db) : PageModel
{
    public string? Query { get; private set; }

    public IndicatorListPage Result { get; private set; } = new([], 0, 1, IndicatorListQuery.DefaultPageSize);

    /// <summary>
    /// ?page= is read from the query by name because "page" is Razor Pages' own route value; a malformed value (not
    /// a number) binds as null and shows page 1, never an error.
    /// </summary>
    public void OnGet(string? q, [FromQuery(Name = "page")] int? pageNumber)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Result = IndicatorListQuery.Run(db.Connection, Query, pageNumber ?? 1);
    }

    /// <summary>This list at another page, keeping the search ("page" cannot go through asp-route-*, see <see cref="OnGet"/>).</summary>
    public string PageLink(int number)
    {
        var query = new Dictionary<string, string?> { ["page"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Query is not null)
        {
            query = new Dictionary<string, string?> { ["q"] = Query, ["page"] = query["page"] };
        }

        return QueryHelpers.AddQueryString(Request.PathBase + Request.Path, query);
    }
}
