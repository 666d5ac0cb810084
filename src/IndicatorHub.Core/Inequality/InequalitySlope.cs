namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Slope and relative index of inequality (HEAT-Measures R/calc-sii.R, R/calc-rii.R; healthequal R/sii.R, R/rii.R).
/// </summary>
/// <remarks>
/// <para>
/// Logistic (HEAT default): n_j = ceil(N_j), k_j = round(y_j / scale · n_j) (R's round, half to even), relative ranks from
/// the n_j as calc_sii computes them, glm(cbind(k, n − k) ~ rank, weights = n, binomial) whose effective prior weights are
/// n_j². sii = scale · (p(1) − p(0)) and rii = p(1) / p(0), standard errors from the HC1 sandwich by the delta method
/// (analytic gradients where marginaleffects differentiates numerically).
/// </para>
/// <para>
/// Linear: weighted least squares of y_j on the relative rank with weights N_j (raw populations, as PHE; healthequal first
/// rounds them up), sii = slope, rii = (intercept + slope) / intercept, HC1 standard errors. The HEAT method switches to
/// it when an estimate lies outside [0, scale], where HEAT itself returns NA.
/// </para>
/// <para>
/// Scale difference from HEAT: HEAT and healthequal return sii in indicator units but its standard error on the 0–1
/// proportion scale. Here the standard error is in indicator units too, so sii ± z·se is the interval they report.
/// rii's standard error is that of ln(rii), as healthequal reports it, and the interval is exp(ln rii ± z·se).
/// </para>
/// <para>
/// Sign: ranks run from most disadvantaged (0) to most advantaged (1) for every indicator, so sii &gt; 0 (rii &gt; 1) means
/// higher values among the advantaged; for an adverse indicator, inequality against the disadvantaged shows as sii &lt; 0.
/// </para>
/// </remarks>
internal static class InequalitySlope
{
    public static void Compute(
        InequalityGroupData data,
        InequalityContext context,
        InequalityOptions options,
        double z,
        out MeasureResult sii,
        out MeasureResult rii)
    {
        if (data.AllEqual)
        {
            // No inequality by definition. HEAT's rounding to counts would otherwise turn equal percentages into a
            // small spurious slope, and healthequal refuses to fit at all.
            sii = new MeasureResult(InequalityMeasures.Sii, 0.0, null, null, null, null);
            rii = new MeasureResult(InequalityMeasures.Rii, 1.0, null, null, null, null);
            return;
        }

        switch (options.SiiMethod)
        {
            case SiiMethod.Phe:
                ComputePhe(data, options, out sii, out rii);
                return;
            case SiiMethod.Linear:
                ComputeLinear(data, z, out sii, out rii);
                return;
            default:
                var withinScale = true;
                for (var j = 0; j < data.Count; j++)
                {
                    withinScale &= data.Est[j] >= 0 && data.Est[j] <= context.Scale;
                }

                if (withinScale)
                {
                    ComputeLogistic(data, context.Scale, z, out sii, out rii);
                }
                else
                {
                    ComputeLinear(data, z, out sii, out rii);
                }

                return;
        }
    }

    private static void ComputeLogistic(InequalityGroupData data, double scale, double z, out MeasureResult sii, out MeasureResult rii)
    {
        var count = data.Count;
        var n = data.Scratch1.AsSpan(0, count);
        var k = data.Scratch2.AsSpan(0, count);
        var x = data.Scratch3.AsSpan(0, count);
        for (var j = 0; j < count; j++)
        {
            n[j] = Math.Ceiling(data.Pop[j]);
            k[j] = Math.Round(data.Est[j] / scale * n[j], MidpointRounding.ToEven);
        }

        InequalityRanks.MidPoints(n, x);
        var rows = 0;
        foreach (var size in n)
        {
            rows += size > 0 ? 1 : 0;
        }

        if (rows < 3)
        {
            const string tooFew = "The regression needs at least three subgroups with a population above zero.";
            sii = MeasureResult.NotComputed(InequalityMeasures.Sii, tooFew);
            rii = MeasureResult.NotComputed(InequalityMeasures.Rii, tooFew);
            return;
        }

        // Equal proportions give a flat fit; IRLS would chase an infinite intercept when they are all 0 or 1.
        var first = -1.0;
        var flat = true;
        for (var j = 0; j < count; j++)
        {
            if (n[j] <= 0)
            {
                continue;
            }

            var p = k[j] / n[j];
            if (first < 0)
            {
                first = p;
            }
            else
            {
                flat &= p == first;
            }
        }

        if (flat && first >= 0)
        {
            sii = new MeasureResult(InequalityMeasures.Sii, 0.0, null, null, null, null);
            rii = first > 0
                ? new MeasureResult(InequalityMeasures.Rii, 1.0, null, null, null, null)
                : MeasureResult.NotComputed(InequalityMeasures.Rii, "Every subgroup has a predicted value of zero, so the ratio is undefined.");
            return;
        }

        if (!InequalityRegression.TryFitLogistic(x, k, n, out var fit))
        {
            const string reason = "The logistic regression on relative rank did not converge (the subgroups may be perfectly separated).";
            sii = MeasureResult.NotComputed(InequalityMeasures.Sii, reason);
            rii = MeasureResult.NotComputed(InequalityMeasures.Rii, reason);
            return;
        }

        var p0 = InequalityRegression.Logistic(fit.B0);
        var p1 = InequalityRegression.Logistic(fit.B0 + fit.B1);
        var d0 = p0 * (1 - p0);
        var d1 = p1 * (1 - p1);
        var siiValue = scale * (p1 - p0);
        var siiSe = scale * Math.Sqrt(fit.Variance(d1 - d0, d1));
        sii = Build(InequalityMeasures.Sii, siiValue, siiSe, z);

        // d ln p(x) / dβ = (1 − p(x)) · (1, x)
        var lnSe = Math.Sqrt(fit.Variance((1 - p1) - (1 - p0), 1 - p1));
        rii = BuildRatio(p1 / p0, lnSe, z);
    }

    private static void ComputeLinear(InequalityGroupData data, double z, out MeasureResult sii, out MeasureResult rii)
    {
        var count = data.Count;
        var x = data.Scratch3.AsSpan(0, count);
        InequalityRanks.MidPoints(data.Pop.AsSpan(0, count), x);
        var fit = InequalityRegression.FitWeightedLinear(x, data.Est.AsSpan(0, count), data.Pop.AsSpan(0, count));
        sii = Build(InequalityMeasures.Sii, fit.B1, Math.Sqrt(fit.V11), z);
        var top = fit.B0 + fit.B1;
        if (fit.B0 <= 0 || top <= 0)
        {
            rii = MeasureResult.NotComputed(
                InequalityMeasures.Rii, "The fitted line is not positive at both ends of the rank scale, so the ratio is undefined.");
            return;
        }

        var lnSe = Math.Sqrt(fit.Variance(1 / top - 1 / fit.B0, 1 / top));
        rii = BuildRatio(top / fit.B0, lnSe, z);
    }

    private static void ComputePhe(InequalityGroupData data, InequalityOptions options, out MeasureResult sii, out MeasureResult rii)
    {
        var count = data.Count;
        var inputs = new PheQuantileInput[count];
        var allSe = true;
        for (var j = 0; j < count; j++)
        {
            double? se = double.IsNaN(data.Se[j]) ? null : data.Se[j];
            double? lb = double.IsNaN(data.CiLb[j]) ? null : data.CiLb[j];
            double? ub = double.IsNaN(data.CiUb[j]) ? null : data.CiUb[j];
            allSe &= se is not null || (lb is not null && ub is not null);
            inputs[j] = new PheQuantileInput(j + 1, data.Pop[j], data.Est[j], lb, ub, se);
        }

        var result = PheSlopeIndex.Compute(inputs, new PheSlopeIndexOptions
        {
            ConfidenceLevels = [options.ConfidenceLevel],
            Repetitions = options.PheRepetitions,
            Seed = options.SimulationSeed,
            ComputeConfidenceIntervals = allSe,
        });

        if (result.NotComputedReason is { } reason)
        {
            sii = MeasureResult.NotComputed(InequalityMeasures.Sii, reason);
            rii = MeasureResult.NotComputed(InequalityMeasures.Rii, reason);
            return;
        }

        var ci = result.Intervals.Count > 0 ? result.Intervals[0] : null;
        sii = new MeasureResult(InequalityMeasures.Sii, result.Sii, null, ci?.SiiLower, ci?.SiiUpper, null);
        rii = double.IsFinite(result.Rii)
            ? new MeasureResult(InequalityMeasures.Rii, result.Rii, null, ci?.RiiLower, ci?.RiiUpper, null)
            : MeasureResult.NotComputed(InequalityMeasures.Rii, "The fitted value at rank 0 is zero, so the ratio is undefined.");
    }

    private static MeasureResult Build(string measure, double value, double se, double z) =>
        double.IsFinite(se)
            ? new MeasureResult(measure, value, se, value - z * se, value + z * se, null)
            : new MeasureResult(measure, value, null, null, null, null);

    private static MeasureResult BuildRatio(double ratio, double lnSe, double z)
    {
        if (!double.IsFinite(ratio) || ratio <= 0)
        {
            return MeasureResult.NotComputed(InequalityMeasures.Rii, "The fitted value at rank 0 is zero, so the ratio is undefined.");
        }

        if (!double.IsFinite(lnSe))
        {
            return new MeasureResult(InequalityMeasures.Rii, ratio, null, null, null, null);
        }

        var ln = Math.Log(ratio);
        return new MeasureResult(InequalityMeasures.Rii, ratio, lnSe, Math.Exp(ln - z * lnSe), Math.Exp(ln + z * lnSe), null);
    }
}
