namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Measures of dispersion between the subgroups of a non-ordered dimension, as functions of the estimates so that the
/// simulation can re-evaluate them on drawn estimates. Formulas follow healthequal 1.0.1 and HEAT-Measures:
/// <list type="bullet">
/// <item>bgv = Σ p_j (y_j − μ)², bgsd = √bgv, cov = 100 · bgsd / μ (bgv.R, bgsd.R, covar.R; calc-bgv.R, calc-bgsd.R, calc-cov.R)</item>
/// <item>mdbu = Σ |y_j − best| / n, mdbw = Σ p_j |y_j − best| with best = max (favourable) or min (adverse) (mdbu.R, mdbw.R)</item>
/// <item>mdmu = Σ |y_j − μ| / n, mdmw = Σ p_j |y_j − μ| (mdmu.R, mdmw.R)</item>
/// <item>mdru = Σ |y_j − y_ref| / n, mdrw = Σ p_j |y_j − y_ref| (mdru.R, mdrw.R)</item>
/// <item>idisu = 100 · (Σ |y_j − μ| / n) / μ, idisw = 100 · Σ p_j |y_j − μ| / μ (idisu.R, idisw.R)</item>
/// <item>ti = 1000 · Σ p_j r_j ln r_j, mld = 1000 · Σ p_j (−ln r_j), r_j = y_j / μ, with y_j = 0 replaced by 10⁻⁶ (ti.R, mld.R)</item>
/// <item>gini = Σ_i Σ_j p_i p_j |y_i − y_j| / (2 μ), not a HEAT measure; with equal populations it is the ordinary
/// (population) Gini coefficient Σ Σ |y_i − y_j| / (2 n² ȳ).</item>
/// </list>
/// p_j are population shares and μ the population-weighted mean; mdmu and idisu use the setting average when populations
/// are unknown, as HEAT does. The sums run over subgroups with an estimate (HEAT drops the others first).
/// </summary>
internal static class InequalityDispersion
{
    /// <summary>The value HEAT substitutes for a zero estimate in ti and mld.</summary>
    public const double ZeroReplacement = 0.000001;

    public static double WeightedMean(ReadOnlySpan<double> y, ReadOnlySpan<double> share)
    {
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            sum += share[j] * y[j];
        }

        return sum;
    }

    public static double Bgv(ReadOnlySpan<double> y, ReadOnlySpan<double> share)
    {
        var mu = WeightedMean(y, share);
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            sum += share[j] * (y[j] - mu) * (y[j] - mu);
        }

        return sum;
    }

    public static double Bgsd(ReadOnlySpan<double> y, ReadOnlySpan<double> share) => Math.Sqrt(Bgv(y, share));

    public static double Cov(ReadOnlySpan<double> y, ReadOnlySpan<double> share) => 100.0 * Bgsd(y, share) / WeightedMean(y, share);

    public static double Best(ReadOnlySpan<double> y, bool favourable)
    {
        var best = y[0];
        for (var j = 1; j < y.Length; j++)
        {
            best = favourable ? Math.Max(best, y[j]) : Math.Min(best, y[j]);
        }

        return best;
    }

    /// <summary>Σ |y_j − c| / n.</summary>
    public static double MeanAbsoluteDeviation(ReadOnlySpan<double> y, double centre)
    {
        var sum = 0.0;
        foreach (var v in y)
        {
            sum += Math.Abs(v - centre);
        }

        return sum / y.Length;
    }

    /// <summary>Σ p_j |y_j − c|.</summary>
    public static double WeightedAbsoluteDeviation(ReadOnlySpan<double> y, ReadOnlySpan<double> share, double centre)
    {
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            sum += share[j] * Math.Abs(y[j] - centre);
        }

        return sum;
    }

    public static double Theil(ReadOnlySpan<double> y, ReadOnlySpan<double> share)
    {
        var mu = NonZeroMean(y, share);
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            var r = NonZero(y[j]) / mu;
            sum += share[j] * r * Math.Log(r);
        }

        return 1000.0 * sum;
    }

    public static double MeanLogDeviation(ReadOnlySpan<double> y, ReadOnlySpan<double> share)
    {
        var mu = NonZeroMean(y, share);
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            sum -= share[j] * Math.Log(NonZero(y[j]) / mu);
        }

        return 1000.0 * sum;
    }

    /// <summary>Gini of unsorted estimates: sorts copies (with their shares) into the scratch spans first.</summary>
    public static double Gini(ReadOnlySpan<double> y, ReadOnlySpan<double> share, Span<double> sortedY, Span<double> sortedShare)
    {
        y.CopyTo(sortedY);
        share.CopyTo(sortedShare);
        sortedY.Sort(sortedShare);
        return GiniSorted(sortedY, sortedShare);
    }

    /// <summary>
    /// Gini from estimates sorted ascending with their shares: Σ_{i&lt;j} p_i p_j (y_j − y_i) / μ in one pass instead of the
    /// quadratic double sum, because it is re-evaluated on every simulation draw of up to 290 areas.
    /// </summary>
    public static double GiniSorted(ReadOnlySpan<double> sortedY, ReadOnlySpan<double> sortedShare)
    {
        double below = 0, belowWeighted = 0, sum = 0;
        for (var j = 0; j < sortedY.Length; j++)
        {
            sum += sortedShare[j] * (sortedY[j] * below - belowWeighted);
            below += sortedShare[j];
            belowWeighted += sortedShare[j] * sortedY[j];
        }

        return sum / belowWeighted;
    }

    /// <summary>
    /// Analytic standard error of bgv (healthequal bgv.R, after Ahn et al. 2018):
    /// √(4 Σ p²s²(y − μ)² + 2((Σ p²s²)² − Σ p⁴s⁴ + Σ p²(1 − p)²s⁴)).
    /// </summary>
    public static double BgvSe(ReadOnlySpan<double> y, ReadOnlySpan<double> se, ReadOnlySpan<double> share)
    {
        var mu = WeightedMean(y, share);
        double se2 = 0, s2 = 0, s4 = 0, se4 = 0;
        for (var j = 0; j < y.Length; j++)
        {
            var p2 = share[j] * share[j];
            var v = se[j] * se[j];
            se2 += p2 * v * (y[j] - mu) * (y[j] - mu);
            s2 += p2 * v;
            s4 += p2 * p2 * v * v;
            se4 += p2 * (1 - share[j]) * (1 - share[j]) * v * v;
        }

        return Math.Sqrt(4 * se2 + 2 * (s2 * s2 - s4 + se4));
    }

    /// <summary>
    /// Standard error of ti (healthequal ti.R): √Σ (1 + ln r_j − Σ_k p_k r_k (1 + ln r_k))² p_j² s_j² / μ², here ×1000 like
    /// the index itself (HEAT and healthequal leave it unscaled while scaling the index).
    /// </summary>
    public static double TheilSe(ReadOnlySpan<double> y, ReadOnlySpan<double> se, ReadOnlySpan<double> share)
    {
        var mu = NonZeroMean(y, share);
        var centre = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            var r = NonZero(y[j]) / mu;
            centre += share[j] * r * (1 + Math.Log(r));
        }

        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            var r = NonZero(y[j]) / mu;
            var g = 1 + Math.Log(r) - centre;
            sum += g * g * share[j] * share[j] * se[j] * se[j] / (mu * mu);
        }

        return 1000.0 * Math.Sqrt(sum);
    }

    /// <summary>Standard error of mld (healthequal mld.R): √Σ s_j² p_j² / μ² · (1 − 1/r_j)², here ×1000 like the index.</summary>
    public static double MeanLogDeviationSe(ReadOnlySpan<double> y, ReadOnlySpan<double> se, ReadOnlySpan<double> share)
    {
        var mu = NonZeroMean(y, share);
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            var r = NonZero(y[j]) / mu;
            var g = 1 - 1 / r;
            sum += se[j] * se[j] * share[j] * share[j] / (mu * mu) * g * g;
        }

        return 1000.0 * Math.Sqrt(sum);
    }

    /// <summary>The weighted mean of the estimates after the zero replacement, as healthequal's ti.R and mld.R use it.</summary>
    private static double NonZeroMean(ReadOnlySpan<double> y, ReadOnlySpan<double> share)
    {
        var sum = 0.0;
        for (var j = 0; j < y.Length; j++)
        {
            sum += share[j] * NonZero(y[j]);
        }

        return sum;
    }

    private static double NonZero(double v) => v == 0 ? ZeroReplacement : v;
}
