using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages;

/// <summary>Every indicator in the store.</summary>
public sealed class IndicatorsModel(IndicatorStore store) : PageModel
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public void OnGet() => Indicators = store.GetIndicators();
}
