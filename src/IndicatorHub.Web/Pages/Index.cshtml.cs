using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages;

/// <summary>The overview: what the store holds and where it came from.</summary>
public sealed class IndexModel(IndicatorStore store) : PageModel
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public int MunicipalityCount { get; private set; }

    public int RegionCount { get; private set; }

    public long ObservationCount { get; private set; }

    public IReadOnlyList<ImportBatch> LatestBatches { get; private set; } = [];

    public void OnGet()
    {
        Indicators = store.GetIndicators();
        var areas = store.GetAreas();
        MunicipalityCount = areas.Count(a => a.Kind == AreaKind.Municipality);
        RegionCount = areas.Count(a => a.Kind == AreaKind.Region);
        ObservationCount = store.CountObservations();
        LatestBatches = store.GetBatches().Take(5).ToList();
    }
}
