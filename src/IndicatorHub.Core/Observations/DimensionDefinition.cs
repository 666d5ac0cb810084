namespace IndicatorHub.Core.Observations;

/// <summary>
/// A way of splitting a population into subgroups (sex, education level, income quintile, areas).
/// </summary>
/// <param name="Id">The dimension name observations carry, e.g. "sex" or "Economic status (wealth quintile)".</param>
/// <param name="Ordered">True when the subgroups have a natural order (education, income), as HEAT's ordered_dimension.</param>
public sealed record DimensionDefinition(string Id, bool Ordered)
{
    /// <summary>The subgroups, in order for an ordered dimension.</summary>
    public IReadOnlyList<SubgroupDefinition> Subgroups { get; init; } = [];
}
