using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Sdg;
using IndicatorHub.Web.Pages.Goals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages;

/// <summary>
/// The start page: a search for a municipality, region or indicator, and the 17 goals as tiles in their official
/// colours with coverage counts and blind spots, for all municipalities or one (?area=0180).
/// </summary>
public sealed class IndexModel(ReadConnection db) : PageModel
{
    public GoalAreaScope Scope { get; private set; } = new([], null, null);

    public SdgCatalogue Catalogue { get; } = SdgCatalogue.Load();

    public SdgCoverageReport Coverage { get; private set; } = null!;

    public void OnGet(string? area)
    {
        Scope = GoalAreaScope.Resolve(db.Connection, area);
        Coverage = SdgCoverageQuery.Run(db.Connection, Scope.Selected);
    }
}
