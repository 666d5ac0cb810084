namespace IndicatorHub.Core.Comparison;

/// <summary>
/// Compares an area with riket, as the profile's status column and the strategic group's view show it.
/// </summary>
/// <remarks>
/// <para><b>With confidence intervals</b> (Fingertips, OHID): similar when the benchmark's value lies inside the
/// area's 95 % interval, edges included (an interval that touches the benchmark does not exclude it); outside it,
/// better or worse by the indicator's direction, and "significantly" when the benchmark also lies outside the
/// area's 99.8 % interval (edges again count as inside). The 99.8 % interval is value ± 3.0902·SE when the standard
/// error is known, else each half of the 95 % interval scaled by 3.0902 / 1.9600 (z₀.₉₉₉ / z₀.₉₇₅, assuming the
/// 95 % interval is a normal one). Without a direction the result is higher or lower, never better or worse.</para>
/// <para><b>Without intervals</b> (most Kolada data): the area's value among all municipalities' values for the
/// period, as Kolada and SKR's Öppna jämförelser colour it — best quarter, middle half, worst quarter — against the
/// type-7 quartiles of <see cref="MunicipalitySpread"/> (the same ones the spine chart draws). The middle half is
/// closed: a value exactly on the 25th or 75th percentile is in the middle half, so only values strictly beyond a
/// quartile are in a quarter. At least <see cref="MinimumMunicipalities"/> values are needed. Relative position is
/// not the same as good: the best quarter of a poor distribution can still be poor.</para>
/// </remarks>
public static class BenchmarkComparison
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>z for a two-sided 99.8 % interval.</summary>
    public const double Z998 = 3.090232306167813;

    /// <summary>The fewest municipalities with a value for which quarters mean anything.</summary>
    public const int MinimumMunicipalities = 4;

    /// <summary>Fingertips' rule when <paramref name="area"/> has a 95 % interval, else the quartile rule on <paramref name="spread"/>.</summary>
    /// <param name="area">The area's value and interval (null when it has no value).</param>
    /// <param name="benchmark">Riket's value for the same period; used only with intervals.</param>
    /// <param name="spread">All municipalities' values for the period; used only without intervals.</param>
    /// <param name="higherIsBetter">The indicator's direction; null when unknown.</param>
    public static ComparisonResult Compare(AreaEstimate? area, double? benchmark, MunicipalitySpread? spread, bool? higherIsBetter)
    {
        if (area is null || !double.IsFinite(area.Value))
        {
            return ComparisonResult.Not(ComparisonReason.NoValue);
        }

        if (area.HasInterval)
        {
            return benchmark is { } b && double.IsFinite(b)
                ? ByInterval(area, b, higherIsBetter)
                : ComparisonResult.Not(ComparisonReason.NoBenchmark);
        }

        return ByQuartile(area.Value, spread, higherIsBetter);
    }

    /// <summary>Fingertips' rule: where <paramref name="benchmark"/> lies relative to the area's 95 % and 99.8 % intervals.</summary>
    public static ComparisonResult ByInterval(AreaEstimate area, double benchmark, bool? higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (!area.HasInterval)
        {
            throw new ArgumentException("The area has no 95 % interval.", nameof(area));
        }

        var lower95 = area.Lower95!.Value;
        var upper95 = area.Upper95!.Value;
        if (benchmark >= lower95 && benchmark <= upper95)
        {
            return new ComparisonResult(ComparisonStatus.Similar, ComparisonMethod.ConfidenceInterval, ComparisonReason.None);
        }

        var areaHigher = benchmark < lower95;
        var (lower998, upper998) = area.Interval998();
        var significant = areaHigher ? benchmark < lower998 : benchmark > upper998;
        var status = higherIsBetter switch
        {
            null => areaHigher ? ComparisonStatus.Higher : ComparisonStatus.Lower,
            _ when areaHigher == higherIsBetter => significant ? ComparisonStatus.SignificantlyBetter : ComparisonStatus.Better,
            _ => significant ? ComparisonStatus.SignificantlyWorse : ComparisonStatus.Worse,
        };
        return new ComparisonResult(status, ComparisonMethod.ConfidenceInterval, ComparisonReason.None);
    }

    /// <summary>The quartile rule: best quarter, middle half (quartiles included) or worst quarter.</summary>
    public static ComparisonResult ByQuartile(double value, MunicipalitySpread? spread, bool? higherIsBetter)
    {
        if (spread is null || spread.Count < MinimumMunicipalities)
        {
            return ComparisonResult.Not(ComparisonReason.TooFewMunicipalities);
        }

        var high = value > spread.P75;
        var low = value < spread.P25;
        var status = (high, low, higherIsBetter) switch
        {
            (false, false, _) => ComparisonStatus.MiddleHalf,
            (true, _, null) => ComparisonStatus.HighestQuarter,
            (_, true, null) => ComparisonStatus.LowestQuarter,
            (true, _, true) or (_, true, false) => ComparisonStatus.BestQuarter,
            _ => ComparisonStatus.WorstQuarter,
        };
        return new ComparisonResult(status, ComparisonMethod.Quartile, ComparisonReason.None);
    }
}

/// <summary>An area's value with its 95 % interval and standard error where the data has them.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="Lower95">Lower limit of the 95 % interval.</param>
/// <param name="Upper95">Upper limit of the 95 % interval.</param>
/// <param name="StandardError">The standard error, when known.</param>
public sealed record AreaEstimate(double Value, double? Lower95 = null, double? Upper95 = null, double? StandardError = null)
{
    /// <summary>True when both limits of the 95 % interval are known and finite.</summary>
    public bool HasInterval => Lower95 is { } l && Upper95 is { } u && double.IsFinite(l) && double.IsFinite(u) && l <= u;

    /// <summary>The 99.8 % interval: from the standard error when known, else the 95 % half-widths scaled.</summary>
    public (double Lower, double Upper) Interval998()
    {
        if (StandardError is { } se && double.IsFinite(se) && se > 0)
        {
            return (Value - BenchmarkComparison.Z998 * se, Value + BenchmarkComparison.Z998 * se);
        }

        const double scale = BenchmarkComparison.Z998 / BenchmarkComparison.Z95;
        return (Value - (Value - Lower95!.Value) * scale, Value + (Upper95!.Value - Value) * scale);
    }
}
