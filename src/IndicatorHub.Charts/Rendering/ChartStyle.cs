using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IndicatorHub.Charts;

/// <summary>The look shared by every ScottPlot plot: fonts, culture-aware ticks, white background, light grid.</summary>
internal static class ChartStyle
{
    /// <summary>Opacity of confidence bands and ranges: light enough that lines over them stay readable.</summary>
    public const byte BandAlpha = 60;

    public const float TickFontSize = 12f;
    public const float AxisLabelFontSize = 13f;

    public static Plot NewPlot(CultureInfo culture)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.10);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.ForeColor = Colors.Black;
            axis.TickLabelStyle.FontName = ChartText.FontFamily;
            axis.Label.FontSize = AxisLabelFontSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Colors.Black;
            axis.Label.FontName = ChartText.FontFamily;
            axis.FrameLineStyle.Color = Color.FromHex(ChartPalette.Grey);
            axis.MajorTickStyle.Color = Color.FromHex(ChartPalette.Grey);
            axis.MinorTickStyle.Color = Color.FromHex(ChartPalette.Grey);
        }

        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.TickGenerator = NumericTicks(culture);
        plot.Axes.Bottom.TickGenerator = NumericTicks(culture);
        return plot;
    }

    /// <param name="density">Below 1 spaces ticks wider than ScottPlot's default, which packs short labels tightly.</param>
    public static NumericAutomatic NumericTicks(CultureInfo culture, bool integersOnly = false, double density = 1) => new()
    {
        LabelFormatter = value => ChartNumberFormat.Format(value, culture),
        IntegerTicksOnly = integersOnly,
        TickDensity = density,
    };

    /// <summary>
    /// The style as drawable in <paramref name="format"/>: Skia's SVG writer cannot express dash patterns (it logs
    /// "Unsupported path effect" and draws them solid), so SVG lines are solid and series differ by marker and colour.
    /// </summary>
    public static SeriesStyle ForOutput(SeriesStyle style, ChartFormat format) =>
        format == ChartFormat.Svg && style.Line.Name != LinePattern.Solid.Name ? style with { Line = LinePattern.Solid } : style;

    /// <summary>Applies a role's (or subgroup's) colour, line and marker to a scatter series.</summary>
    public static void Apply(ScottPlot.Plottables.Scatter scatter, SeriesStyle style, float markerSize = 7f)
    {
        scatter.Color = style.Color;
        scatter.LineWidth = style.LineWidth;
        scatter.LinePattern = style.Line;
        scatter.MarkerShape = style.Marker;
        scatter.MarkerSize = markerSize;
        scatter.MarkerLineWidth = 1.5f;
    }
}
