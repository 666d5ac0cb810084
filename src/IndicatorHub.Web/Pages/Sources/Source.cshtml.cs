using IndicatorHub.Presentation;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Batches;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace IndicatorHub.Web.Pages.Sources;

/// <summary>/sources/{id}: one import batch, the file behind values on other pages, with its errors a page at a time.</summary>
public sealed class SourceModel(ReadConnection db) : PageModel
{
    /// <summary>Errors per page.</summary>
    public const int PageSize = 100;

    public ImportBatch Batch { get; private set; } = null!;

    public BatchErrorPage Errors { get; private set; } = new([], 0, 0);

    public int PageNumber { get; private set; } = 1;

    public int PageCount => (int)Math.Max(1, (Errors.Kept + PageSize - 1) / PageSize);

    /// <summary>?page= read by name because "page" is Razor Pages' own route value; malformed or out of range shows the nearest page.</summary>
    public IActionResult OnGet(long id, [FromQuery(Name = "page")] int? pageNumber)
    {
        if (BatchLookupQuery.Run(db.Connection, id) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        var kept = BatchErrorsQuery.Page(db.Connection, id, 0, 0).Kept;
        var pages = (int)Math.Max(1, (kept + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, pages);
        Errors = BatchErrorsQuery.Page(db.Connection, id, (long)(PageNumber - 1) * PageSize, PageSize);
        return Page();
    }

    /// <summary>This batch at another page of errors.</summary>
    public string PageLink(int number) =>
        QueryHelpers.AddQueryString(Request.PathBase + Request.Path, "page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
