namespace IndicatorHub.Core.Inequality;

/// <summary>Small numerical helpers shared by the inequality measures.</summary>
internal static class InequalityStatistics
{
    /// <summary>
    /// Standard normal quantile by Wichura's algorithm AS 241 (PPND16), accurate to about 1e-16, the method behind R's qnorm.
    /// </summary>
    public static double NormalQuantile(double p)
    {
        if (double.IsNaN(p) || p <= 0.0 || p >= 1.0)
        {
            return p == 0.0 ? double.NegativeInfinity : p == 1.0 ? double.PositiveInfinity : double.NaN;
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                           + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                         + 133.14166789178437745) * r + 3.387132872796366608)
                   / (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                          + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                        + 42.313330701600911252) * r + 1.0);
        }

        var rr = Math.Sqrt(-Math.Log(q < 0 ? p : 1.0 - p));
        double value;
        if (rr <= 5.0)
        {
            rr -= 1.6;
            value = (((((((7.7454501427834140764e-4 * rr + 0.0227238449892691845833) * rr + 0.24178072517745061177) * rr
                         + 1.27045825245236838258) * rr + 3.64784832476320460504) * rr + 5.7694972214606914055) * rr
                      + 4.6303378461565452959) * rr + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * rr + 5.475938084995344946e-4) * rr + 0.0151986665636164571966) * rr
                           + 0.14810397642748007459) * rr + 0.68976733498510000455) * rr + 1.6763848301838038494) * rr
                         + 2.05319162663775882187) * rr + 1.0);
        }
        else
        {
            rr -= 5.0;
            value = (((((((2.01033439929228813265e-7 * rr + 2.71155556874348757815e-5) * rr + 0.0012426609473880784386) * rr
                         + 0.026532189526576123093) * rr + 0.29656057182850489123) * rr + 1.7848265399172913358) * rr
                      + 5.4637849111641143699) * rr + 6.6579046435011037772)
                    / (((((((2.04426310338993978564e-15 * rr + 1.4215117583164458887e-7) * rr + 1.8463183175100546818e-5) * rr
                           + 7.868691311456132591e-4) * rr + 0.0148753612908506148525) * rr + 0.13692988092273580531) * rr
                         + 0.59983220655588793769) * rr + 1.0);
        }

        return q < 0 ? -value : value;
    }

    /// <summary>The two-sided critical value for a confidence level, e.g. 1.959964 for 0.95.</summary>
    public static double TwoSidedZ(double confidenceLevel) => NormalQuantile(1.0 - (1.0 - confidenceLevel) / 2.0);

    /// <summary>
    /// R's default quantile (type 7, linear interpolation between order statistics) of values that are already sorted.
    /// </summary>
    public static double QuantileType7(ReadOnlySpan<double> sorted, double probability)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * probability;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /// <summary>Sorts the finite values in place to the front of the span and returns how many there are (R's na.rm).</summary>
    public static int SortFinite(Span<double> values)
    {
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsFinite(values[i]))
            {
                values[count++] = values[i];
            }
        }

        values[..count].Sort();
        return count;
    }
}
