using IndicatorHub.Core.Areas;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Areas;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>/areas: the country, regions and municipalities the store knows, with both code systems.</summary>
public sealed class IndexModel(ReadConnection db) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public void OnGet() => Areas = AreaListQuery.Run(db.Connection);

    /// <summary>The kind of area in the page's language.</summary>
    public static string KindName(AreaKind kind) => kind switch
    {
        AreaKind.Country => UiCulture.T("Riket", "Country"),
        AreaKind.Region => "Region",
        AreaKind.Municipality => UiCulture.T("Kommun", "Municipality"),
        _ => UiCulture.T("Övrigt", "Other"),
    };
}
