namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Population attributable risk and fraction (HEAT-Measures R/calc-par.R, R/calc-paf.R; healthequal R/parisk.R, R/paf.R),
/// with Walter's (1978) standard error.
/// </summary>
/// <remarks>
/// Reference: the single flagged reference subgroup; otherwise the most advantaged subgroup (highest order) of an
/// ordered dimension, or the best subgroup (highest estimate when favourable, lowest when adverse) of a non-ordered one.
/// par = reference − μ and paf = 100 · par / μ, set to 0 when the reference is worse than μ (negative for favourable,
/// positive for adverse indicators), so par ≥ 0 for favourable and ≤ 0 for adverse indicators.
/// <para>
/// Scale difference from HEAT: HEAT and healthequal report paf in percent but its standard error (Walter's formula) as a
/// fraction, and build the interval from that fraction. Here the standard error is multiplied by 100 so that
/// paf ± z·se is a real interval in percent. par's standard error is μ times the fraction's, as in HEAT.
/// </para>
/// </remarks>
internal static class InequalityAttributable
{
    public static bool TrySelectReference(InequalityGroupData data, InequalityContext context, out int reference, out string? reason)
    {
        reason = null;
        reference = -1;
        if (data.RefIndex >= 0)
        {
            reference = data.RefIndex;
            return true;
        }

        if (data.RefFlagCount == 1)
        {
            reason = "The reference subgroup has no estimate.";
            return false;
        }

        if (context.OrderedDimension)
        {
            if (!data.OrdersValid)
            {
                reason = "Every subgroup of an ordered dimension needs its own subgroup order.";
                return false;
            }

            if (!data.HighestOrderAvailable)
            {
                reason = "The most advantaged subgroup, the reference for paf and par, has no estimate.";
                return false;
            }

            reference = data.Count - 1;
            return true;
        }

        reference = 0;
        for (var j = 1; j < data.Count; j++)
        {
            if (context.FavourableIndicator ? data.Est[j] > data.Est[reference] : data.Est[j] < data.Est[reference])
            {
                reference = j;
            }
        }

        return true;
    }

    public static void Compute(
        InequalityGroupData data, InequalityContext context, int reference, double z, out MeasureResult paf, out MeasureResult par)
    {
        var mu = data.Mean;
        var refEst = data.Est[reference];
        var parValue = refEst - mu;
        if ((context.FavourableIndicator && parValue < 0) || (!context.FavourableIndicator && parValue > 0))
        {
            parValue = 0;
        }

        var pafValue = parValue / mu * 100.0;
        var fractionSe = WalterSe(data, context, reference);
        if (double.IsFinite(fractionSe))
        {
            var pafSe = 100.0 * fractionSe;
            var parSe = Math.Abs(mu) * fractionSe;
            paf = new MeasureResult(InequalityMeasures.Paf, pafValue, pafSe, pafValue - z * pafSe, pafValue + z * pafSe, null);
            par = new MeasureResult(InequalityMeasures.Par, parValue, parSe, parValue - z * parSe, parValue + z * parSe, null);
        }
        else
        {
            paf = new MeasureResult(InequalityMeasures.Paf, pafValue, null, null, null, null);
            par = new MeasureResult(InequalityMeasures.Par, parValue, null, null, null, null);
        }
    }

    /// <summary>
    /// Walter's variance of the attributable fraction from the 2 × 2 table HEAT builds: c, d = events and non-events in the
    /// reference subgroup; a, b = events and non-events elsewhere. NaN when populations are unknown or the table is not
    /// a valid table (e.g. an indicator whose values exceed its scale).
    /// </summary>
    private static double WalterSe(InequalityGroupData data, InequalityContext context, int reference)
    {
        if (!data.AllPopPresent)
        {
            return double.NaN;
        }

        var total = data.PopTotal;
        var refPop = data.Pop[reference];
        var c = data.Est[reference] / context.Scale * refPop;
        var d = refPop - c;
        var a = data.Mean / context.Scale * total - c;
        var b = total - a - refPop;
        var n = a + b + c + d;
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            return double.NaN;
        }

        var variance = c * n * (a * d * (n - c) + b * c * c) / (Math.Pow(a + c, 3) * Math.Pow(c + d, 3));
        return variance >= 0 ? Math.Sqrt(variance) : double.NaN;
    }
}
