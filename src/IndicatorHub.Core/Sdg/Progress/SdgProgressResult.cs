namespace IndicatorHub.Core.Sdg;

/// <summary>The assessment of one series and the numbers behind it, so a page can show its working.</summary>
/// <param name="Status">Progress category.</param>
/// <param name="Method">Method used, or <see cref="SdgProgressMethod.None"/> when not assessed.</param>
/// <param name="BaseYear">Base year actually used (2015 or the first later year with data).</param>
/// <param name="BaseValue">Value in the base year (0 is replaced by 0.001, as in Open SDG).</param>
/// <param name="CurrentYear">Most recent year with data.</param>
/// <param name="CurrentValue">Value in that year.</param>
/// <param name="ObservedCagr">Compound annual growth rate from base to current year, as a fraction (0.01 = 1 %/year).</param>
/// <param name="RequiredCagr">Growth rate needed from the base year to reach the target in the target year (method 2 only).</param>
/// <param name="ProgressValue">Direction-adjusted CAGR (method 1) or ratio R (method 2) compared with the thresholds.</param>
/// <param name="Score">Open SDG score from −5 to +5 used to aggregate series; 5 when the target is achieved.</param>
/// <param name="Thresholds">Thresholds applied.</param>
/// <param name="Reason">Why the series could not be assessed, when <see cref="Status"/> is <see cref="SdgProgressStatus.NotAvailable"/>; <see cref="SdgProgressReason.None"/> otherwise.</param>
/// <param name="ReasonYear">The year the reason names (the requested base year for <see cref="SdgProgressReason.NoDataFromBaseYear"/>).</param>
public sealed record SdgProgressResult(
    SdgProgressStatus Status,
    SdgProgressMethod Method,
    int? BaseYear,
    double? BaseValue,
    int? CurrentYear,
    double? CurrentValue,
    double? ObservedCagr,
    double? RequiredCagr,
    double? ProgressValue,
    double? Score,
    SdgProgressThresholds? Thresholds,
    SdgProgressReason Reason = SdgProgressReason.None,
    int? ReasonYear = null)
{
    /// <summary>A result for a series that cannot be assessed.</summary>
    public static SdgProgressResult NotAvailable(SdgProgressReason reason, int? year = null) =>
        new(SdgProgressStatus.NotAvailable, SdgProgressMethod.None, null, null, null, null, null, null, null, null, null, reason, year);
}
