using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Web.Pages.Goals;

/// <summary>One mapped indicator on a goal page.</summary>
/// <param name="Mapping">The mapping to this goal or one of its targets.</param>
/// <param name="Title">The indicator's title in the page's language (Swedish when it has no English one), or null when the store does not hold the indicator yet.</param>
/// <param name="Municipalities">Municipalities with data in the indicator's latest years (1 or 0 for one municipality).</param>
/// <param name="LatestYear">The newest of those years in which the scope has a value, or null.</param>
/// <param name="Progress">Progress towards 2030 in the selected municipality; null for all municipalities or when the indicator is not in the store.</param>
public sealed record GoalIndicatorRow(SdgMapping Mapping, string? Title, int Municipalities, int? LatestYear, SdgProgressAssessment? Progress = null)
{
    /// <summary>The progress status, not assessable when there is no assessment.</summary>
    public SdgProgressStatus ProgressStatus => Progress?.Result.Status ?? SdgProgressStatus.NotAvailable;

    /// <summary>True when the scope has a value in one of the indicator's latest years.</summary>
    public bool HasRecentData => LatestYear is not null;

    /// <summary>The latest value of the selected municipality's yearly series, with its period and batch, or null.</summary>
    public SdgSeriesPoint? Latest => Progress is { Series.Count: > 0 } p ? p.Series[^1] : null;

    /// <summary>The mapping's source in the page's language.</summary>
    public string SourceName => Mapping.Source switch
    {
        SdgMappingSource.Curated => UiCulture.T("Kurerad", "Curated"),
        SdgMappingSource.Kolada => "Kolada",
        SdgMappingSource.Analyst => UiCulture.T("Analytiker", "Analyst"),
        _ => UiCulture.T("Accepterat förslag", "Accepted suggestion"),
    };

    /// <summary>The desired direction in words, from the assessment's settings, or a dash when unknown.</summary>
    public string DirectionText => Progress?.Settings.HigherIsBetter switch
    {
        true => UiCulture.T("Högre är bättre", "Higher is better"),
        false => UiCulture.T("Lägre är bättre", "Lower is better"),
        null => "–",
    };
}
