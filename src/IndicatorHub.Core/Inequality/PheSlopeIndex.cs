using System.Globalization;

namespace IndicatorHub.Core.Inequality;

/// <summary>
/// PHE/UKHSA's slope and relative index of inequality, phe_sii in PHEindicatormethods (R/SII_function.R, with
/// FindXValues and SimulationFunc in R/utils.R), after Low and Low (2004).
/// </summary>
/// <remarks>
/// <para>
/// Quantiles are ranked from 1 = most deprived; x_j = (population before j + N_j / 2) / total. The fit is weighted least
/// squares of the value on x with weights a_j = N_j / total (phe_sii's lm(y·√a ~ √a + x·√a − 1)), intercept A = fitted
/// value at x = 0, slope B. sii = multiplier · B and rii = (A + B) / A, inverted when the multiplier is negative.
/// With <see cref="PheSlopeIndexOptions.Transform"/> the fit is on the log (rates) or logit (proportions) scale and
/// sii = multiplier · (f⁻¹(A + B) − f⁻¹(A)), rii = f⁻¹(A + B) / f⁻¹(A), intercept = f⁻¹(A).
/// </para>
/// <para>
/// Confidence limits are Monte Carlo: each quantile's value is drawn from a normal on the value type's scale (log for
/// rates, logit for proportions, identity otherwise) with its standard error, supplied or (f(UCL) − f(LCL)) / (2 · 1.959964),
/// back-transformed and refitted; the limits are the order statistics at positions round(R · (1 − c)) and round(R · c),
/// c = level + (1 − level) / 2. With the transform, the draws are refitted on the transformed scale and each slope limit b
/// is mapped around the fitted midpoint m = A + B/2 (the fitted value at the mean rank ½): sii limit
/// f⁻¹(m + b/2) − f⁻¹(m − b/2), rii limit f⁻¹(m + b/2) / f⁻¹(m − b/2).
/// </para>
/// <para>The random stream is <see cref="InequalityRandom"/>, so limits agree with R's only within Monte Carlo error.</para>
/// </remarks>
public static class PheSlopeIndex
{
    /// <summary>Computes sii, rii, the intercept and, when asked, Monte Carlo confidence limits for one area.</summary>
    /// <param name="quantiles">The area's quantiles, in any order; every quantile needs a positive population.</param>
    /// <param name="options">Value type, transform, multiplier, levels, repetitions and seed; null for phe_sii's defaults.</param>
    public static PheSlopeIndexResult Compute(IReadOnlyList<PheQuantileInput> quantiles, PheSlopeIndexOptions? options = null)
    {
        options ??= new PheSlopeIndexOptions();
        var n = quantiles.Count;
        if (n < 2)
        {
            return PheSlopeIndexResult.Failed("At least two quantiles are needed for a slope index.");
        }

        var sorted = new PheQuantileInput[n];
        for (var j = 0; j < n; j++)
        {
            sorted[j] = quantiles[j];
        }

        Array.Sort(sorted, static (a, b) => a.Quantile.CompareTo(b.Quantile));
        var type = options.ValueType;
        var transform = options.Transform && type != PheValueType.Other;
        var pop = new double[n];
        var value = new double[n];
        for (var j = 0; j < n; j++)
        {
            var q = sorted[j];
            if (!(q.Population > 0) || !double.IsFinite(q.Population))
            {
                return PheSlopeIndexResult.Failed("Every quantile needs a positive population.");
            }

            if (!double.IsFinite(q.Value))
            {
                return PheSlopeIndexResult.Failed("Every quantile needs a value.");
            }

            if (type == PheValueType.Proportion && (q.Value < 0 || q.Value > 1))
            {
                return PheSlopeIndexResult.Failed("Proportions must lie between 0 and 1.");
            }

            pop[j] = q.Population;
            value[j] = q.Value;
        }

        var x = new double[n];
        InequalityRanks.MidPoints(pop, x);
        var total = 0.0;
        foreach (var p in pop)
        {
            total += p;
        }

        // The weighted fit is linear in y: A = Σ c0_j y_j, B = Σ c1_j y_j. Precomputing c0, c1 makes each of the
        // Monte Carlo refits a dot product.
        var c0 = new double[n];
        var c1 = new double[n];
        FitCoefficients(pop, total, x, c0, c1);

        var fitted = new double[n];
        for (var j = 0; j < n; j++)
        {
            fitted[j] = transform ? Forward(type, value[j]) : value[j];
            if (!double.IsFinite(fitted[j]))
            {
                return PheSlopeIndexResult.Failed("A value cannot be transformed (a rate or proportion of zero, or a proportion of one).");
            }
        }

        var a = Dot(c0, fitted);
        var b = Dot(c1, fitted);
        double sii, rii, intercept;
        if (transform)
        {
            var low = Inverse(type, a);
            var high = Inverse(type, a + b);
            sii = options.Multiplier * (high - low);
            rii = high / low;
            intercept = low;
        }
        else
        {
            sii = options.Multiplier * b;
            rii = (a + b) / a;
            intercept = a;
        }

        if (options.Multiplier < 0)
        {
            rii = 1.0 / rii;
        }

        if (!options.ComputeConfidenceIntervals || options.ConfidenceLevels.Count == 0)
        {
            return new PheSlopeIndexResult(sii, rii, intercept, [], null);
        }

        if (options.Repetitions < 1)
        {
            return PheSlopeIndexResult.Failed("The number of Monte Carlo repetitions must be positive.");
        }

        var mean = new double[n];
        var se = new double[n];
        var z975 = InequalityStatistics.NormalQuantile(0.975);
        for (var j = 0; j < n; j++)
        {
            var q = sorted[j];
            mean[j] = Forward(type, q.Value);
            if (q.Se is { } s)
            {
                se[j] = s;
            }
            else if (q.LowerCl is { } lcl && q.UpperCl is { } ucl)
            {
                if (type == PheValueType.Proportion && (lcl < 0 || lcl > 1 || ucl < 0 || ucl > 1))
                {
                    return PheSlopeIndexResult.Failed("Confidence limits of proportions must lie between 0 and 1.");
                }

                se[j] = (Forward(type, ucl) - Forward(type, lcl)) / z975 / 2.0;
            }
            else
            {
                return PheSlopeIndexResult.Failed("Every quantile needs a standard error or both confidence limits.");
            }

            if (!(se[j] >= 0) || !double.IsFinite(se[j]) || !double.IsFinite(mean[j]))
            {
                return PheSlopeIndexResult.Failed("Standard errors must be finite and not negative.");
            }
        }

        var reps = options.Repetitions;
        var siiDraws = new double[reps];
        var riiDraws = new double[reps];
        var random = new InequalityRandom(options.Seed);
        var draw = new double[n];
        for (var r = 0; r < reps; r++)
        {
            for (var j = 0; j < n; j++)
            {
                var y = mean[j] + se[j] * random.NextStandardNormal();
                draw[j] = transform ? y : Inverse(type, y);
            }

            var drawA = Dot(c0, draw);
            var drawB = Dot(c1, draw);
            if (transform)
            {
                siiDraws[r] = drawB;
            }
            else
            {
                siiDraws[r] = options.Multiplier * drawB;
                var drawRii = (drawA + drawB) / drawA;
                riiDraws[r] = options.Multiplier < 0 ? 1.0 / drawRii : drawRii;
            }
        }

        Array.Sort(siiDraws);
        if (!transform)
        {
            Array.Sort(riiDraws);
        }

        var intervals = new PheConfidenceInterval[options.ConfidenceLevels.Count];
        var mid = a + b / 2.0;
        for (var i = 0; i < intervals.Length; i++)
        {
            var level = options.ConfidenceLevels[i];
            if (!(level > 0 && level < 1))
            {
                return PheSlopeIndexResult.Failed(string.Create(
                    CultureInfo.InvariantCulture, $"Confidence level {level} is not a fraction between 0 and 1."));
            }

            var critical = level + (1.0 - level) / 2.0;
            var lowerIndex = Position(reps, 1.0 - critical);
            var upperIndex = Position(reps, critical);
            if (transform)
            {
                var bl = siiDraws[lowerIndex];
                var bu = siiDraws[upperIndex];
                var siiL = options.Multiplier * (Inverse(type, mid + bl / 2) - Inverse(type, mid - bl / 2));
                var siiU = options.Multiplier * (Inverse(type, mid + bu / 2) - Inverse(type, mid - bu / 2));
                var riiL = Inverse(type, mid + bl / 2) / Inverse(type, mid - bl / 2);
                var riiU = Inverse(type, mid + bu / 2) / Inverse(type, mid - bu / 2);
                if (options.Multiplier < 0)
                {
                    (siiL, siiU) = (siiU, siiL);
                    (riiL, riiU) = (1.0 / riiU, 1.0 / riiL);
                }

                intervals[i] = new PheConfidenceInterval(level, siiL, siiU, riiL, riiU);
            }
            else
            {
                intervals[i] = new PheConfidenceInterval(
                    level, siiDraws[lowerIndex], siiDraws[upperIndex], riiDraws[lowerIndex], riiDraws[upperIndex]);
            }
        }

        return new PheSlopeIndexResult(sii, rii, intercept, intervals, null);
    }

    /// <summary>0-based index of phe_sii's order statistic round(R · p) (R's round: half to even).</summary>
    private static int Position(int reps, double probability)
    {
        var position = (int)Math.Round(reps * probability, MidpointRounding.ToEven);
        return Math.Clamp(position, 1, reps) - 1;
    }

    private static void FitCoefficients(double[] pop, double total, double[] x, double[] c0, double[] c1)
    {
        double s0 = 0, s1 = 0, s2 = 0;
        for (var j = 0; j < pop.Length; j++)
        {
            var w = pop[j] / total;
            s0 += w;
            s1 += w * x[j];
            s2 += w * x[j] * x[j];
        }

        var det = s0 * s2 - s1 * s1;
        for (var j = 0; j < pop.Length; j++)
        {
            var w = pop[j] / total;
            c1[j] = w * (s0 * x[j] - s1) / det;
            c0[j] = w * (s2 - s1 * x[j]) / det;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    private static double Forward(PheValueType type, double v) => type switch
    {
        PheValueType.Rate => Math.Log(v),
        PheValueType.Proportion => Math.Log(v / (1.0 - v)),
        _ => v,
    };

    private static double Inverse(PheValueType type, double v) => type switch
    {
        PheValueType.Rate => Math.Exp(v),
        PheValueType.Proportion => Math.Exp(v) / (1.0 + Math.Exp(v)),
        _ => v,
    };
}
