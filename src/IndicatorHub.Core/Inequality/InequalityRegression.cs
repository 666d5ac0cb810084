namespace IndicatorHub.Core.Inequality;

/// <summary>A two-parameter regression fit, intercept B0 and slope B1 on relative rank, with its covariance.</summary>
internal readonly record struct InequalityRegressionFit(double B0, double B1, double V00, double V01, double V11)
{
    /// <summary>gᵀ V g for a gradient g = (g0, g1): the delta-method variance.</summary>
    public double Variance(double g0, double g1) => g0 * g0 * V00 + 2 * g0 * g1 * V01 + g1 * g1 * V11;
}

/// <summary>
/// The regressions behind sii and rii: binomial-logit IRLS and weighted least squares, each with the HC1 sandwich
/// covariance that marginaleffects::avg_comparisons(vcov = "HC1") uses in healthequal and HEAT.
/// </summary>
internal static class InequalityRegression
{
    private const int MaxIterations = 100;

    /// <summary>
    /// glm(cbind(k, n − k) ~ x, weights = n, family = binomial("logit")): proportions k_j / n_j with prior weights
    /// n_j · n_j, because R multiplies the user weights by the binomial totals. Rows with n_j = 0 carry no weight.
    /// </summary>
    /// <returns>False when IRLS does not converge (e.g. complete separation).</returns>
    public static bool TryFitLogistic(ReadOnlySpan<double> x, ReadOnlySpan<double> k, ReadOnlySpan<double> n, out InequalityRegressionFit fit)
    {
        fit = default;
        var rows = 0;
        double b0 = 0, b1 = 0;
        var converged = false;

        // R's binomial mustart: (weights·y + 0.5) / (weights + 1), expressed here as the linear predictor per row.
        Span<double> eta = x.Length <= 256 ? stackalloc double[x.Length] : new double[x.Length];
        for (var j = 0; j < x.Length; j++)
        {
            if (n[j] <= 0)
            {
                continue;
            }

            rows++;
            var w = n[j] * n[j];
            var y = k[j] / n[j];
            var mu0 = (w * y + 0.5) / (w + 1.0);
            eta[j] = Math.Log(mu0 / (1.0 - mu0));
        }

        if (rows < 3)
        {
            return false;
        }

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
            for (var j = 0; j < x.Length; j++)
            {
                if (n[j] <= 0)
                {
                    continue;
                }

                var mu = Logistic(eta[j]);
                var variance = mu * (1.0 - mu);
                var weight = n[j] * n[j] * variance;
                var working = eta[j] + (k[j] / n[j] - mu) / variance;
                s0 += weight;
                s1 += weight * x[j];
                s2 += weight * x[j] * x[j];
                t0 += weight * working;
                t1 += weight * x[j] * working;
            }

            var det = s0 * s2 - s1 * s1;
            var nb1 = (s0 * t1 - s1 * t0) / det;
            var nb0 = (t0 - nb1 * s1) / s0;
            if (!double.IsFinite(nb0) || !double.IsFinite(nb1))
            {
                return false;
            }

            var change = Math.Abs(nb0 - b0) + Math.Abs(nb1 - b1);
            b0 = nb0;
            b1 = nb1;
            for (var j = 0; j < x.Length; j++)
            {
                eta[j] = b0 + b1 * x[j];
            }

            if (iteration > 0 && change <= 1e-12 * (1.0 + Math.Abs(b0) + Math.Abs(b1)))
            {
                converged = true;
                break;
            }
        }

        if (!converged)
        {
            return false;
        }

        // HC1: J/(J − 2) · B M B with bread B = (XᵀWX)⁻¹ and meat M = Σ (w_j (y_j − μ_j))² x_j x_jᵀ.
        double a00 = 0, a01 = 0, a11 = 0, m00 = 0, m01 = 0, m11 = 0;
        for (var j = 0; j < x.Length; j++)
        {
            if (n[j] <= 0)
            {
                continue;
            }

            var mu = Logistic(b0 + b1 * x[j]);
            var w = n[j] * n[j];
            var weight = w * mu * (1.0 - mu);
            a00 += weight;
            a01 += weight * x[j];
            a11 += weight * x[j] * x[j];
            var score = w * (k[j] / n[j] - mu);
            m00 += score * score;
            m01 += score * score * x[j];
            m11 += score * score * x[j] * x[j];
        }

        fit = Sandwich(b0, b1, a00, a01, a11, m00, m01, m11, rows);
        return true;
    }

    /// <summary>
    /// Weighted least squares of y on [1, x] with weights w (glm(gaussian, weights) in healthequal's linear variant),
    /// with the HC1 covariance.
    /// </summary>
    public static InequalityRegressionFit FitWeightedLinear(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> w)
    {
        double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
        var rows = 0;
        for (var j = 0; j < x.Length; j++)
        {
            if (w[j] > 0)
            {
                rows++;
            }

            s0 += w[j];
            s1 += w[j] * x[j];
            s2 += w[j] * x[j] * x[j];
            t0 += w[j] * y[j];
            t1 += w[j] * x[j] * y[j];
        }

        var det = s0 * s2 - s1 * s1;
        var b1 = (s0 * t1 - s1 * t0) / det;
        var b0 = (t0 - b1 * s1) / s0;
        double m00 = 0, m01 = 0, m11 = 0;
        for (var j = 0; j < x.Length; j++)
        {
            var score = w[j] * (y[j] - b0 - b1 * x[j]);
            m00 += score * score;
            m01 += score * score * x[j];
            m11 += score * score * x[j] * x[j];
        }

        return Sandwich(b0, b1, s0, s1, s2, m00, m01, m11, rows);
    }

    public static double Logistic(double eta) => eta >= 0 ? 1.0 / (1.0 + Math.Exp(-eta)) : Math.Exp(eta) / (1.0 + Math.Exp(eta));

    private static InequalityRegressionFit Sandwich(
        double b0, double b1, double a00, double a01, double a11, double m00, double m01, double m11, int rows)
    {
        var det = a00 * a11 - a01 * a01;
        var i00 = a11 / det;
        var i01 = -a01 / det;
        var i11 = a00 / det;

        // (B M)
        var bm00 = i00 * m00 + i01 * m01;
        var bm01 = i00 * m01 + i01 * m11;
        var bm10 = i01 * m00 + i11 * m01;
        var bm11 = i01 * m01 + i11 * m11;
        var factor = rows > 2 ? (double)rows / (rows - 2) : double.NaN;
        var v00 = factor * (bm00 * i00 + bm01 * i01);
        var v01 = factor * (bm00 * i01 + bm01 * i11);
        var v11 = factor * (bm10 * i01 + bm11 * i11);
        return new InequalityRegressionFit(b0, b1, v00, v01, v11);
    }
}
