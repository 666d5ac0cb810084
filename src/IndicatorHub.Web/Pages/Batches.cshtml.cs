using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages;

/// <summary>Import batches, and one batch with every error kept for it.</summary>
public sealed class BatchesModel(IndicatorStore store) : PageModel
{
    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];

    public ImportBatch? Selected { get; private set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public IActionResult OnGet(long? id)
    {
        Batches = store.GetBatches();
        if (id is null)
        {
            return Page();
        }

        Selected = Batches.FirstOrDefault(b => b.Id == id);
        if (Selected is null)
        {
            return NotFound();
        }

        Errors = store.GetBatchErrors(Selected.Id);
        return Page();
    }
}
