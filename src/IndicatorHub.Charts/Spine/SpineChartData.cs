namespace IndicatorHub.Charts;

/// <summary>
/// One profile row's spine (Fingertips): the area's value on the spread of all municipalities (min, 25th–75th
/// percentile, max) centred on the benchmark, the better end always on the right.
/// </summary>
/// <param name="Label">The row's indicator, used as the SVG &lt;title&gt; and the table's label cell.</param>
/// <param name="HigherIsBetter">False mirrors the strip so lower values land on the right.</param>
public sealed record SpineChartData(string Label, double Min, double P25, double P75, double Max,
    double Benchmark, double Value, bool HigherIsBetter)
{
    /// <summary>The SVG's &lt;desc&gt;, e.g. the values in words; without it the SVG has only a title.</summary>
    public string? Description { get; init; }

    /// <summary>Columns: indicator, min, p25, p75, max, benchmark, value; one row.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's words for the headings.</summary>
    public ChartTable ToTable(ChartTableWords words) => new(
        [words.Indicator, words.Min, words.P25, words.P75, words.Max, words.Benchmark, words.Value],
        [[ChartCell.Of(Label), ChartCell.Of(Min), ChartCell.Of(P25), ChartCell.Of(P75), ChartCell.Of(Max), ChartCell.Of(Benchmark), ChartCell.Of(Value)]]);
}

/// <summary>
/// Where a spine's marks sit across the strip, as fractions of its width (0 = left edge, 1 = right edge). The
/// benchmark is at 0.5; the scale is chosen so the point farthest from the benchmark just reaches an edge, and it is
/// mirrored when lower is better, so the better end is always on the right.
/// </summary>
public sealed record SpinePositions(double Min, double P25, double P75, double Max, double Value, double Benchmark)
{
    /// <summary>Left edge of the min–max band.</summary>
    public double RangeLeft => Math.Min(Min, Max);

    /// <summary>Right edge of the min–max band.</summary>
    public double RangeRight => Math.Max(Min, Max);

    /// <summary>Left edge of the 25th–75th percentile band.</summary>
    public double InnerLeft => Math.Min(P25, P75);

    /// <summary>Right edge of the 25th–75th percentile band.</summary>
    public double InnerRight => Math.Max(P25, P75);
}

/// <summary>The spine's pure layout, kept apart from drawing so orientation can be checked without pixels.</summary>
public static class SpineLayout
{
    /// <summary>Positions of every mark of <paramref name="data"/>.</summary>
    public static SpinePositions Compute(SpineChartData data)
    {
        var benchmark = data.Benchmark;
        double[] all = [data.Min, data.P25, data.P75, data.Max, data.Value];
        var halfSpan = all.Where(double.IsFinite).Select(value => Math.Abs(value - benchmark)).DefaultIfEmpty(0).Max();
        var direction = data.HigherIsBetter ? 1 : -1;

        double At(double value) =>
            halfSpan > 0 && double.IsFinite(value) && double.IsFinite(benchmark)
                ? 0.5 + direction * (value - benchmark) / (2 * halfSpan)
                : 0.5;

        return new SpinePositions(At(data.Min), At(data.P25), At(data.P75), At(data.Max), At(data.Value), 0.5);
    }
}
