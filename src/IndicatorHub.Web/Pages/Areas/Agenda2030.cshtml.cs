using IndicatorHub.Presentation.Compare;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}/agenda2030: per goal, how many of the area's indicators lie in the best quarter, middle half and
/// worst quarter of all municipalities, and how many are on track, need acceleration or deteriorate towards 2030.
/// </summary>
public sealed class Agenda2030Model(Agenda2030SummaryService summaries) : PageModel
{
    public Agenda2030AreaSummary Summary { get; private set; } = null!;

    public IActionResult OnGet(string code)
    {
        var summary = code.Length <= 200 ? summaries.ForArea(code) : null;
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        return Page();
    }
}
