namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Absolute and relative concentration index (HEAT-Measures R/calc-aci.R, R/calc-rci.R; healthequal R/aci.R, R/rci.R).
/// </summary>
/// <remarks>
/// aci = 2 Σ p_j y_j x_j − μ and rci = aci / μ (a fraction in [−1, 1]; HEAT's code returns the fraction), with x_j the
/// relative rank and μ the population-weighted mean. Both come from HEAT's "convenient regression": ordinary least
/// squares of 2σ²·y_j·√N_j on [x_j·√N_j, √N_j] without intercept, σ² = Σ p_j (x_j − ½)²; the coefficient of x_j·√N_j is
/// aci and its model-based standard error (residual variance on J − 2 degrees of freedom) is HEAT's standard error.
/// <para>
/// Sign: subgroups are always ranked from most disadvantaged (order 1) to most advantaged, whatever the indicator, so
/// positive values mean the indicator is higher among the advantaged. For an adverse indicator a negative value is the
/// usual finding (the burden is concentrated among the disadvantaged).
/// </para>
/// </remarks>
internal static class InequalityConcentration
{
    public static void Compute(InequalityGroupData data, double z, out MeasureResult aci, out MeasureResult rci)
    {
        var n = data.Count;
        var x = data.Scratch1.AsSpan(0, n);
        InequalityRanks.MidPoints(data.Pop.AsSpan(0, n), x);

        var sigma2 = 0.0;
        for (var j = 0; j < n; j++)
        {
            sigma2 += data.Share[j] * (x[j] - 0.5) * (x[j] - 0.5);
        }

        // Weighted least squares of l_j = 2σ² y_j on [x_j, 1] with weights N_j is the same fit as HEAT's √N_j-scaled OLS.
        double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
        for (var j = 0; j < n; j++)
        {
            var w = data.Pop[j];
            var l = 2.0 * sigma2 * data.Est[j];
            s0 += w;
            s1 += w * x[j];
            s2 += w * x[j] * x[j];
            t0 += w * l;
            t1 += w * x[j] * l;
        }

        var det = s0 * s2 - s1 * s1;
        var slope = (s0 * t1 - s1 * t0) / det;
        var intercept = (t0 - slope * s1) / s0;
        var rss = 0.0;
        for (var j = 0; j < n; j++)
        {
            var e = 2.0 * sigma2 * data.Est[j] - slope * x[j] - intercept;
            rss += data.Pop[j] * e * e;
        }

        var se = n > 2 ? Math.Sqrt(rss / (n - 2) * s0 / det) : double.NaN;
        var mu = data.Mean;
        aci = Build(InequalityMeasures.Aci, slope, se, z);
        rci = mu != 0
            ? Build(InequalityMeasures.Rci, slope / mu, se / Math.Abs(mu), z)
            : MeasureResult.NotComputed(InequalityMeasures.Rci, "The mean is zero, so the relative concentration index is undefined.");
    }

    private static MeasureResult Build(string measure, double value, double se, double z) =>
        double.IsFinite(se)
            ? new MeasureResult(measure, value, se, value - z * se, value + z * se, null)
            : new MeasureResult(measure, value, null, null, null, null);
}
