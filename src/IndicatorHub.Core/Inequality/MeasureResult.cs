namespace IndicatorHub.Core.Inequality;

/// <summary>
/// One summary measure of inequality for one group.
/// </summary>
/// <param name="Measure">HEAT's lower-case abbreviation, see <see cref="InequalityMeasures"/>.</param>
/// <param name="Estimate">The measure's value, null when it could not be computed.</param>
/// <param name="Se">
/// Standard error on the scale the confidence interval is built on: indicator units for absolute measures, the log scale
/// for the ratio measures r and rii, percent for paf, ×1000 for ti and mld. Null for measures whose interval comes from
/// simulation (bgsd, cov, md*, idis*, gini, percentile measures) or when subgroup standard errors are missing.
/// </param>
/// <param name="CiLb">Lower confidence limit, null when not available.</param>
/// <param name="CiUb">Upper confidence limit, null when not available.</param>
/// <param name="NotComputedReason">A sentence saying why <paramref name="Estimate"/> is null; null when it was computed.</param>
public sealed record MeasureResult(
    string Measure,
    double? Estimate,
    double? Se,
    double? CiLb,
    double? CiUb,
    string? NotComputedReason)
{
    /// <summary>True when the estimate was computed.</summary>
    public bool IsComputed => NotComputedReason is null;

    /// <summary>A result that carries only the reason why the measure was not computed.</summary>
    /// <param name="measure">The measure abbreviation.</param>
    /// <param name="reason">A clear sentence for the user.</param>
    public static MeasureResult NotComputed(string measure, string reason) => new(measure, null, null, null, null, reason);
}
