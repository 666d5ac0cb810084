namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Links one indicator to one SDG goal and, where the link is clear, one target. An indicator may have several
/// mappings; exactly one of them is primary (the goal it is shown under first).
/// </summary>
/// <param name="IndicatorId">Indicator id, e.g. the Kolada KPI id "U01402".</param>
/// <param name="Goal">Goal number 1-17.</param>
/// <param name="TargetId">Target id such as "3.a", or null for a goal-level mapping.</param>
/// <param name="IsPrimary">True for the indicator's one primary mapping.</param>
/// <param name="Source">Who made the mapping.</param>
/// <param name="MappedAt">When it was made; null only when an imported file did not record it.</param>
/// <param name="Note">Why the indicator belongs here.</param>
/// <param name="Progress">Progress-towards-2030 settings; only allowed on the primary mapping, since they belong to the indicator.</param>
public sealed record SdgMapping(
    string IndicatorId,
    int Goal,
    string? TargetId,
    bool IsPrimary,
    SdgMappingSource Source,
    DateTimeOffset? MappedAt,
    string? Note = null,
    SdgProgressSettings? Progress = null)
{
    /// <summary>Creates a mapping stamped with the current time of <paramref name="clock"/> (never DateTime.Now, so tests control time).</summary>
    public static SdgMapping Create(
        string indicatorId,
        int goal,
        string? targetId,
        bool isPrimary,
        SdgMappingSource source,
        TimeProvider clock,
        string? note = null,
        SdgProgressSettings? progress = null) =>
        new(indicatorId, goal, string.IsNullOrWhiteSpace(targetId) ? null : SdgCatalogue.NormaliseTargetId(targetId), isPrimary, source, clock.GetUtcNow(), note, progress);

    /// <summary>True when both mappings point at the same indicator, goal and target (the identity of a mapping row).</summary>
    public bool SameLinkAs(SdgMapping other) =>
        string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal)
        && Goal == other.Goal
        && string.Equals(TargetId, other.TargetId, StringComparison.Ordinal);
}
