namespace IndicatorHub.Charts;

/// <summary>
/// Pure chart builders: a chart's data in, PNG or SVG bytes out. Every label arrives worded by the caller; the
/// options' culture formats the axis numbers. Safe to call from several threads: each call builds its own plot.
/// </summary>
public static class ChartRenderer
{
    private static readonly Lazy<bool> FontsSet = new(() =>
    {
        // One font everywhere, installed on every machine by .ci/run (fonts-dejavu-core); it has U+2212 and U+00A0.
        ScottPlot.Fonts.Default = ChartText.FontFamily;
        return true;
    });

    /// <summary>Trend: the area against riket, county and kommungrupp over time.</summary>
    public static byte[] Render(TrendChartData data, ChartRenderOptions options) => TrendChartRenderer.Render(data, options);

    /// <summary>Women and men over time with the gap (women − men) in a plot beneath.</summary>
    public static byte[] Render(SexGapChartData data, ChartRenderOptions options) => SexGapChartRenderer.Render(data, options);

    /// <summary>Equiplot: subgroups as dots on one value axis, one row per period.</summary>
    public static byte[] Render(EquiplotChartData data, ChartRenderOptions options) => EquiplotChartRenderer.Render(data, options);

    /// <summary>Ranking: every municipality's bar, best first, the chosen one and its county marked, riket as a line.</summary>
    public static byte[] Render(RankingChartData data, ChartRenderOptions options) => RankingChartRenderer.Render(data, options);

    /// <summary>Small multiples: one small trend chart per area (a network's members) on a shared axis, riket in each.</summary>
    public static byte[] Render(SmallMultiplesChartData data, ChartRenderOptions options) => SmallMultiplesChartRenderer.Render(data, options);

    /// <summary>Spine strip for a profile row (no caption; the SVG has a &lt;title&gt;).</summary>
    public static byte[] Render(SpineChartData data, ChartRenderOptions options) => SpineChartRenderer.Render(data, options);

    internal static void EnsureFonts() => _ = FontsSet.Value;
}
