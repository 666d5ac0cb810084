namespace IndicatorHub.Core.Inequality;

/// <summary>Result of <see cref="PheSlopeIndex.Compute"/>.</summary>
/// <param name="Sii">Slope index of inequality, multiplied by the multiplier.</param>
/// <param name="Rii">Relative index of inequality (inverted when the multiplier is negative).</param>
/// <param name="Intercept">Fitted value at rank 0, back-transformed when the fit was on a transformed scale.</param>
/// <param name="Intervals">One interval per requested confidence level; empty when intervals were not computed.</param>
/// <param name="NotComputedReason">Why nothing was computed (then the numbers are NaN); null on success.</param>
public sealed record PheSlopeIndexResult(
    double Sii,
    double Rii,
    double Intercept,
    IReadOnlyList<PheConfidenceInterval> Intervals,
    string? NotComputedReason)
{
    internal static PheSlopeIndexResult Failed(string reason) => new(double.NaN, double.NaN, double.NaN, [], reason);
}
