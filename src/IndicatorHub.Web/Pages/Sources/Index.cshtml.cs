using IndicatorHub.Presentation;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Batches;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Sources;

/// <summary>/sources: every imported file with its SHA-256, parser, counts and errors, newest first.</summary>
public sealed class IndexModel(ReadConnection db) : PageModel
{
    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];

    public void OnGet() => Batches = BatchListQuery.Run(db.Connection);
}
