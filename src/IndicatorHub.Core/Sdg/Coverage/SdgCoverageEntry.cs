namespace IndicatorHub.Core.Sdg;

/// <summary>Coverage of one goal (<see cref="TargetId"/> null) or one target.</summary>
/// <param name="Goal">Goal number.</param>
/// <param name="TargetId">Target id, or null for the goal row.</param>
/// <param name="IndicatorIds">Distinct indicators mapped here, sorted; for a goal this includes those mapped to its targets.</param>
/// <param name="IndicatorsWithData">How many of them have at least one municipality with data in their latest periods.</param>
/// <param name="MunicipalitiesWithData">
/// Distinct municipalities with at least one non-missing value for any of the indicators in that indicator's own
/// latest periods (see <see cref="SdgCoverage.Compute"/>).
/// </param>
public sealed record SdgCoverageEntry(int Goal, string? TargetId, IReadOnlyList<string> IndicatorIds, int IndicatorsWithData, int MunicipalitiesWithData)
{
    /// <summary>Number of indicators mapped here.</summary>
    public int IndicatorCount => IndicatorIds.Count;

    /// <summary>True when no indicator is mapped here.</summary>
    public bool IsBlindSpot => IndicatorIds.Count == 0;
}
