namespace IndicatorHub.Core.Observations;

/// <summary>One subgroup of a <see cref="DimensionDefinition"/>.</summary>
/// <param name="Id">The subgroup name observations carry.</param>
/// <param name="Order">HEAT's subgroup_order: 1 = most disadvantaged; null for non-ordered dimensions.</param>
/// <param name="IsReference">HEAT's reference_subgroup flag for non-ordered dimensions.</param>
public sealed record SubgroupDefinition(string Id, int? Order = null, bool IsReference = false);
