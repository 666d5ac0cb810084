namespace IndicatorHub.Core.Inequality;

/// <summary>
/// HEAT's simulation intervals (HEAT-Measures do_simulation in R/utils.R; the sim loops of healthequal's bgsd.R, covar.R,
/// md*.R, idis*.R): each draw replaces every subgroup estimate by a normal deviate with the subgroup's standard error,
/// truncated to the valid range by rejection ([0, 100] when the scale is 100, [0, ∞) otherwise); the measure is
/// recomputed on every draw and the interval is R's type-7 quantiles at (1 − level)/2 and 1 − (1 − level)/2.
/// </summary>
/// <remarks>
/// One set of draws serves every simulated measure of a group, as in HEAT. Differences from HEAT's code, chosen so that
/// each draw recomputes exactly the measure's own formula:
/// <list type="bullet">
/// <item>mdru and mdrw: HEAT's simulation measures distances from the best drawn subgroup instead of the reference
/// subgroup; here the reference subgroup's draw is used.</item>
/// <item>mdmu and idisu: HEAT keeps μ fixed (idisu) or drops every draw of a percentage indicator (mdmu compares draws
/// on the 0–100 scale with the bound 1); here μ is the population-weighted mean of the draws when populations are known,
/// and the fixed setting average otherwise.</item>
/// <item>idisw: healthequal divides by the original mean; here by the draw's weighted mean, as HEAT's calc-idisw.R.</item>
/// </list>
/// A subgroup with standard error 0 keeps its estimate. After 10 000 rejected deviates (an estimate far outside the
/// valid range) the estimate clamped to the range is used instead of looping for ever as R would.
/// </remarks>
internal static class InequalitySimulation
{
    private const int MaxRejections = 10_000;

    public static void Draw(InequalityGroupData data, double scale, int draws, ulong seed)
    {
        data.EnsureDrawCapacity(draws);
        var random = new InequalityRandom(seed);
        var n = data.Count;
        var upper = scale == 100 ? 100.0 : double.PositiveInfinity;
        for (var d = 0; d < draws; d++)
        {
            for (var j = 0; j < n; j++)
            {
                data.Draws[d * n + j] = TruncatedNormal(random, data.Est[j], data.Se[j], 0.0, upper);
            }
        }

        data.DrawCount = draws;
        data.SortedDrawsReady = false;
    }

    /// <summary>
    /// Each draw row sorted ascending with its population shares, made once and shared by the Gini and the six
    /// percentile measures. Shares are NaN when populations are unknown; only the percentiles use the rows then.
    /// </summary>
    public static void EnsureSorted(InequalityGroupData data)
    {
        if (data.SortedDrawsReady)
        {
            return;
        }

        var n = data.Count;
        data.Draws.AsSpan(0, data.DrawCount * n).CopyTo(data.SortedDraws);
        for (var d = 0; d < data.DrawCount; d++)
        {
            var shares = data.SortedDrawShares.AsSpan(d * n, n);
            if (data.AllPopPresent)
            {
                data.Share.AsSpan(0, n).CopyTo(shares);
            }
            else
            {
                shares.Fill(double.NaN);
            }

            data.SortedDraws.AsSpan(d * n, n).Sort(shares);
        }

        data.SortedDrawsReady = true;
    }

    /// <summary>Sorts the finite simulated values and returns R's type-7 quantiles for the level.</summary>
    public static bool TryInterval(Span<double> results, double level, out double lower, out double upper)
    {
        var count = InequalityStatistics.SortFinite(results);
        if (count < 2)
        {
            lower = upper = double.NaN;
            return false;
        }

        var alpha = (1.0 - level) / 2.0;
        lower = InequalityStatistics.QuantileType7(results[..count], alpha);
        upper = InequalityStatistics.QuantileType7(results[..count], 1.0 - alpha);
        return true;
    }

    private static double TruncatedNormal(InequalityRandom random, double mean, double sd, double lower, double upper)
    {
        if (sd == 0)
        {
            return Math.Clamp(mean, lower, upper);
        }

        for (var attempt = 0; attempt < MaxRejections; attempt++)
        {
            var value = mean + sd * random.NextStandardNormal();
            if (value >= lower && value <= upper)
            {
                return value;
            }
        }

        return Math.Clamp(mean, lower, upper);
    }
}
