using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Imports;
using IndicatorHub.Storage.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>/import/history: every batch with who imported it; an analyst rolls one back through the writer queue.</summary>
public sealed class HistoryModel(ReadConnection read, IndicatorStore store, WriterGate gate, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ImportHistoryRow> Batches { get; private set; } = [];

    /// <summary>The outcome of the rollback just asked for.</summary>
    public RollbackOutcome? Rollback { get; private set; }

    /// <summary>The batch it concerned.</summary>
    public long? RolledBatch { get; private set; }

    public void OnGet() => Batches = ImportHistoryQuery.Run(read.Connection);

    public async Task<IActionResult> OnPostRollbackAsync(long batch, CancellationToken cancellation)
    {
        using (await gate.EnterAsync(cancellation: cancellation).ConfigureAwait(false))
        {
            Rollback = BatchRollback.Run(store.Connections, clock, batch, User.Identity!.Name!);
        }

        RolledBatch = batch;
        Response.StatusCode = Rollback.Result switch
        {
            RollbackResult.RolledBack => StatusCodes.Status200OK,
            RollbackResult.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
        Batches = ImportHistoryQuery.Run(read.Connection);
        return Page();
    }
}
