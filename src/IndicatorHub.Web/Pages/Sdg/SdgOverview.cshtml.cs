using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Sdg;

/// <summary>
/// /sdg: the 17 goals as tiles in their official colours with coverage counts, blind spots marked, for all
/// municipalities or one (?area=0180).
/// </summary>
public sealed class SdgOverviewModel(IndicatorStore store) : PageModel
{
    public SdgAreaScope Scope { get; private set; } = new([], null, null);

    public SdgCatalogue Catalogue { get; } = SdgCatalogue.Load();

    public SdgCoverageReport Coverage { get; private set; } = null!;

    public void OnGet(string? area)
    {
        Scope = SdgAreaScope.Resolve(store, area);
        Coverage = store.GetSdgCoverage(Scope.Selected?.Code);
    }

    /// <summary>Blind: no mapped indicator has recent data in scope (none mapped, or none measured).</summary>
    public static bool IsBlind(SdgCoverageEntry entry) => entry.IndicatorsWithData == 0;
}
