using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Web.Pages.Sdg;

/// <summary>One mapped indicator on a goal page.</summary>
/// <param name="Mapping">The mapping to this goal or one of its targets.</param>
/// <param name="Title">The indicator's title, or null when the store does not hold the indicator yet.</param>
/// <param name="Municipalities">Municipalities with data in the indicator's latest years (1 or 0 for one municipality).</param>
/// <param name="LatestYear">The newest of those years in which the scope has a value, or null.</param>
/// <param name="Progress">Progress towards 2030 in the selected municipality; null for all municipalities or when the indicator is not in the store.</param>
public sealed record SdgGoalIndicatorRow(SdgMapping Mapping, string? Title, int Municipalities, int? LatestYear, SdgProgressAssessment? Progress = null)
{
    /// <summary>The progress status, "Kan inte bedömas" when there is no assessment.</summary>
    public SdgProgressStatus ProgressStatus => Progress?.Result.Status ?? SdgProgressStatus.NotAvailable;

    /// <summary>True when the scope has a value in one of the indicator's latest years.</summary>
    public bool HasRecentData => LatestYear is not null;

    /// <summary>The source in Swedish, for the table.</summary>
    public string SourceName => Mapping.Source switch
    {
        SdgMappingSource.Curated => "Kurerad",
        SdgMappingSource.Kolada => "Kolada",
        SdgMappingSource.Analyst => "Analytiker",
        _ => "Accepterat förslag",
    };
}
