using IndicatorHub.Web.Infrastructure.Fetching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Import;

/// <summary>/import/fetch/job?id=…: where a fetch is (reloading itself while it runs), then its batch or why it failed.</summary>
public sealed class FetchJobModel(FetchJobs jobs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public FetchJob? Job { get; private set; }

    public IActionResult OnGet()
    {
        Job = jobs.Find(Id);
        return Job is null ? NotFound() : Page();
    }
}
