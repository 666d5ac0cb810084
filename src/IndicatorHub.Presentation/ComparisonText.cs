using IndicatorHub.Core.Comparison;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Presentation;

/// <summary>A comparison status in words and a symbol; the CSS class only repeats them in colour.</summary>
public static class ComparisonText
{
    /// <summary>The status in the page's language.</summary>
    public static string Words(ComparisonResult result) => result.Status switch
    {
        ComparisonStatus.SignificantlyBetter => UiCulture.T("Signifikant bättre än riket", "Significantly better than Sweden"),
        ComparisonStatus.Better => UiCulture.T("Bättre än riket", "Better than Sweden"),
        ComparisonStatus.Similar => UiCulture.T("Som riket", "Similar to Sweden"),
        ComparisonStatus.Worse => UiCulture.T("Sämre än riket", "Worse than Sweden"),
        ComparisonStatus.SignificantlyWorse => UiCulture.T("Signifikant sämre än riket", "Significantly worse than Sweden"),
        ComparisonStatus.Higher => UiCulture.T("Högre än riket", "Higher than Sweden"),
        ComparisonStatus.Lower => UiCulture.T("Lägre än riket", "Lower than Sweden"),
        ComparisonStatus.BestQuarter => UiCulture.T("Bästa fjärdedelen av kommunerna", "Best quarter of municipalities"),
        ComparisonStatus.MiddleHalf => UiCulture.T("Mittersta hälften av kommunerna", "Middle half of municipalities"),
        ComparisonStatus.WorstQuarter => UiCulture.T("Sämsta fjärdedelen av kommunerna", "Worst quarter of municipalities"),
        ComparisonStatus.HighestQuarter => UiCulture.T("Högsta fjärdedelen (ingen önskad riktning)", "Highest quarter (no desired direction)"),
        ComparisonStatus.LowestQuarter => UiCulture.T("Lägsta fjärdedelen (ingen önskad riktning)", "Lowest quarter (no desired direction)"),
        _ => result.Reason switch
        {
            ComparisonReason.NoBenchmark => UiCulture.T("Jämförs inte: riket saknar värde", "Not compared: no value for Sweden"),
            ComparisonReason.TooFewMunicipalities => UiCulture.T("Jämförs inte: för få värden att jämföra med", "Not compared: too few values to compare with"),
            _ => UiCulture.T("Jämförs inte", "Not compared"),
        },
    };

    /// <summary>A symbol that tells the statuses apart without colour.</summary>
    public static string Symbol(ComparisonStatus status) => status switch
    {
        ComparisonStatus.SignificantlyBetter => "▲▲",
        ComparisonStatus.Better or ComparisonStatus.BestQuarter => "▲",
        ComparisonStatus.Similar or ComparisonStatus.MiddleHalf => "●",
        ComparisonStatus.Worse or ComparisonStatus.WorstQuarter => "▼",
        ComparisonStatus.SignificantlyWorse => "▼▼",
        ComparisonStatus.Higher or ComparisonStatus.HighestQuarter => "△",
        ComparisonStatus.Lower or ComparisonStatus.LowestQuarter => "▽",
        _ => "○",
    };

    /// <summary>A CSS class per status, for a border that repeats the words.</summary>
    public static string CssClass(ComparisonStatus status) => "cmp cmp-" + status switch
    {
        ComparisonStatus.SignificantlyBetter or ComparisonStatus.Better or ComparisonStatus.BestQuarter => "better",
        ComparisonStatus.Worse or ComparisonStatus.SignificantlyWorse or ComparisonStatus.WorstQuarter => "worse",
        ComparisonStatus.NotCompared => "none",
        _ => "neutral",
    };
}
