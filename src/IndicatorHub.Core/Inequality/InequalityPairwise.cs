namespace IndicatorHub.Core.Inequality;

/// <summary>
/// The simple measures d and r: which two subgroups are compared, and their standard errors
/// (HEAT-Measures R/calc-d.R, R/calc-r.R and get_est_se_min_max in R/utils.R; healthequal R/d.R, R/r.R).
/// </summary>
/// <remarks>
/// Subgroup choice (y1 − y2, y1 / y2), as HEAT's get_est_se_min_max:
/// <list type="bullet">
/// <item>A single flagged reference subgroup wins in every dimension. Favourable indicator: y1 = reference,
/// y2 = lowest estimate among the others. Adverse indicator: y1 = highest estimate among the others, y2 = reference.</item>
/// <item>Ordered dimension without a reference: favourable y1 = most advantaged (highest order), y2 = most disadvantaged
/// (order 1); adverse y1 = most disadvantaged, y2 = most advantaged. So d &gt; 0 and r &gt; 1 mean the disadvantaged
/// are worse off, whatever the direction of the indicator.</item>
/// <item>Non-ordered dimension without a reference (including binary ones such as sex): y1 = highest, y2 = lowest
/// estimate, for favourable and adverse indicators alike, so d ≥ 0 and r ≥ 1.</item>
/// </list>
/// Where healthequal's d.R selects no subgroup for a favourable indicator in a non-ordered dimension without reference
/// (its y2 condition requires an adverse indicator), HEAT's max − min is used.
/// </remarks>
internal static class InequalityPairwise
{
    /// <summary>Picks y1 and y2 (indices into the available subgroups); false with a reason when it cannot.</summary>
    public static bool TrySelect(InequalityGroupData data, InequalityContext context, out int i1, out int i2, out string? reason)
    {
        i1 = -1;
        i2 = -1;
        reason = null;
        var n = data.Count;
        if (data.RefIndex >= 0)
        {
            var r = data.RefIndex;
            var other = -1;
            for (var j = 0; j < n; j++)
            {
                if (j == r)
                {
                    continue;
                }

                if (other < 0 || (context.FavourableIndicator ? data.Est[j] < data.Est[other] : data.Est[j] > data.Est[other]))
                {
                    other = j;
                }
            }

            if (other < 0)
            {
                reason = "Only the reference subgroup has an estimate, so there is nothing to compare it with.";
                return false;
            }

            (i1, i2) = context.FavourableIndicator ? (r, other) : (other, r);
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

            if (!data.LowestOrderAvailable || !data.HighestOrderAvailable)
            {
                reason = "The most disadvantaged and the most advantaged subgroups both need an estimate.";
                return false;
            }

            (i1, i2) = context.FavourableIndicator ? (n - 1, 0) : (0, n - 1);
            return true;
        }

        var max = 0;
        var min = 0;
        for (var j = 1; j < n; j++)
        {
            if (data.Est[j] > data.Est[max])
            {
                max = j;
            }

            if (data.Est[j] < data.Est[min])
            {
                min = j;
            }
        }

        (i1, i2) = (max, min);
        return true;
    }

    public static MeasureResult Difference(InequalityGroupData data, int i1, int i2, double z)
    {
        var d = data.Est[i1] - data.Est[i2];
        var se = Math.Sqrt(data.Se[i1] * data.Se[i1] + data.Se[i2] * data.Se[i2]);
        return double.IsFinite(se)
            ? new MeasureResult(InequalityMeasures.D, d, se, d - z * se, d + z * se, null)
            : new MeasureResult(InequalityMeasures.D, d, null, null, null, null);
    }

    public static MeasureResult Ratio(InequalityGroupData data, int i1, int i2, double z)
    {
        var y1 = data.Est[i1];
        var y2 = data.Est[i2];
        if (y2 == 0)
        {
            return MeasureResult.NotComputed(InequalityMeasures.R, "The estimate of the comparison subgroup is zero, so the ratio is undefined.");
        }

        var r = y1 / y2;
        if (y1 <= 0 || y2 < 0)
        {
            return new MeasureResult(InequalityMeasures.R, r, null, null, null, null);
        }

        // Delta method on ln r (healthequal r.R; HEAT's calc-r.R builds the same interval from se.formula / r).
        var seLog = Math.Sqrt(data.Se[i1] * data.Se[i1] / (y1 * y1) + data.Se[i2] * data.Se[i2] / (y2 * y2));
        if (!double.IsFinite(seLog))
        {
            return new MeasureResult(InequalityMeasures.R, r, null, null, null, null);
        }

        var lr = Math.Log(r);
        return new MeasureResult(InequalityMeasures.R, r, seLog, Math.Exp(lr - z * seLog), Math.Exp(lr + z * seLog), null);
    }
}
