using IndicatorHub.Core.Areas;
using IndicatorHub.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages;

/// <summary>The country, regions and municipalities the store knows, with both code systems.</summary>
public sealed class AreaListModel(IndicatorStore store) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public void OnGet() => Areas = store.GetAreas();

    public static string KindName(AreaKind kind) => kind switch
    {
        AreaKind.Country => "Riket",
        AreaKind.Region => "Region",
        AreaKind.Municipality => "Kommun",
        _ => "Övrigt",
    };
}
