namespace IndicatorHub.Core.Comparison;

/// <summary>
/// The spread of all municipalities' values for one indicator and period: what a spine chart draws and what the
/// quartile rule compares with. Percentiles by linear interpolation between order statistics (Hyndman–Fan type 7,
/// R's default and Excel's PERCENTILE.INC): with values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, the p-th percentile
/// is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
/// </summary>
/// <param name="Count">How many municipalities have a value.</param>
/// <param name="Min">The lowest value.</param>
/// <param name="P25">The 25th percentile.</param>
/// <param name="Median">The 50th percentile.</param>
/// <param name="P75">The 75th percentile.</param>
/// <param name="Max">The highest value.</param>
public sealed record MunicipalitySpread(int Count, double Min, double P25, double Median, double P75, double Max)
{
    /// <summary>The spread of <paramref name="values"/> (non-finite values ignored); null when none is left.</summary>
    public static MunicipalitySpread? FromValues(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        return sorted.Length == 0
            ? null
            : new MunicipalitySpread(sorted.Length, sorted[0], Percentile(sorted, 0.25), Percentile(sorted, 0.5), Percentile(sorted, 0.75), sorted[^1]);
    }

    /// <summary>The type-7 percentile <paramref name="p"/> (0..1) of ascending <paramref name="sorted"/> values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var h = (sorted.Count - 1) * Math.Clamp(p, 0, 1);
        var low = (int)Math.Floor(h);
        return low + 1 >= sorted.Count ? sorted[low] : sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }
}
