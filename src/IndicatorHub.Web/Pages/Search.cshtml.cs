using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Search;
using IndicatorHub.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages;

/// <summary>
/// /search?q=: the start page's search without JavaScript. Text that names one area or indicator exactly, or
/// matches only one, goes straight to its page; otherwise the matches are listed (or the page says there are none).
/// </summary>
public sealed class SearchModel(ReadConnection db) : PageModel
{
    public string Query { get; private set; } = "";

    public SiteSearchResult Result { get; private set; } = new([], [], null);

    public IActionResult OnGet(string? q)
    {
        Query = q?.Trim() ?? "";
        if (Query.Length > 200)
        {
            Query = Query[..200];
        }

        Result = SiteSearchQuery.Run(db.Connection, Query);
        if (Result.Exact is { } exact)
        {
            return Redirect(exact.Area is { } area ? SiteLinks.Area(area.Code) : SiteLinks.Indicator(exact.IndicatorId!));
        }

        if (Result.Count == 1)
        {
            return Redirect(Result.Areas.Count == 1 ? SiteLinks.Area(Result.Areas[0].Code) : SiteLinks.Indicator(Result.Indicators[0].Id));
        }

        return Page();
    }
}
