using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Storage.Inequality;

/// <summary>The groups a <see cref="MeasureRequest"/> selects, assembled from the store, in setting, period, dimension order.</summary>
/// <param name="Direction">The indicator's direction and scale, and what was assumed.</param>
/// <param name="Groups">One group per setting × period × dimension.</param>
/// <param name="Notes">Everything the user should know about how the groups were built (assumptions, fallbacks).</param>
public sealed record InequalityGroupSet(IndicatorDirection Direction, IReadOnlyList<InequalityGroup> Groups, IReadOnlyList<string> Notes);

/// <summary>The measures of one group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Results">One result per measure, in <see cref="InequalityMeasures.All"/> order or the order requested.</param>
/// <param name="FromCache">True when the results came from measure_cache.</param>
public sealed record GroupMeasures(InequalityGroup Group, IReadOnlyList<MeasureResult> Results, bool FromCache);

/// <summary>The measures of every group a request selects.</summary>
/// <param name="Direction">The indicator's direction and scale, and what was assumed.</param>
/// <param name="Groups">Per group, its measures.</param>
/// <param name="Notes">Assumptions and fallbacks, for the user.</param>
public sealed record MeasureRun(IndicatorDirection Direction, IReadOnlyList<GroupMeasures> Groups, IReadOnlyList<string> Notes)
{
    /// <summary>How many groups were answered from the cache.</summary>
    public int CacheHits => Groups.Count(g => g.FromCache);
}
