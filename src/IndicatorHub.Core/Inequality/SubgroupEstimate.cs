namespace IndicatorHub.Core.Inequality;

/// <summary>
/// One subgroup of one group (setting × period × indicator × dimension), as in the HEAT Plus upload template.
/// </summary>
/// <param name="Subgroup">Subgroup label, e.g. "Quintile 1 (poorest)" or a municipality name.</param>
/// <param name="Estimate">The indicator value in indicator units (percent already ×100 when the scale is 100); null when missing.</param>
/// <param name="Se">Standard error of <paramref name="Estimate"/> in indicator units; null when unknown.</param>
/// <param name="CiLb">Lower confidence limit of the estimate (used only by the PHE method to derive a standard error).</param>
/// <param name="CiUb">Upper confidence limit of the estimate (used only by the PHE method to derive a standard error).</param>
/// <param name="Population">Population (or weighted sample size) of the subgroup; null when unknown.</param>
/// <param name="Order">Rank in an ordered dimension, 1 = most disadvantaged; ignored for non-ordered dimensions.</param>
/// <param name="IsReference">True for the one reference subgroup of the dimension (HEAT's reference_subgroup = 1).</param>
public sealed record SubgroupEstimate(
    string Subgroup,
    double? Estimate,
    double? Se = null,
    double? CiLb = null,
    double? CiUb = null,
    double? Population = null,
    int? Order = null,
    bool IsReference = false);
