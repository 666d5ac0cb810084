using ScottPlot;
using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>
/// Draws <see cref="SexGapChartData"/>: women and men in the upper plot, the gap (women − men) in a plot beneath
/// sharing its time axis and left edge, so a period lines up in both.
/// </summary>
internal static class SexGapChartRenderer
{
    /// <summary>Share of the plot area given to the upper plot.</summary>
    private const float UpperShare = 0.6f;

    internal static readonly SeriesStyle GapStyle = new(ChartPalette.DarkGrey, MarkerShape.FilledDiamond, LinePattern.Solid, 2f);

    public static byte[] Render(SexGapChartData data, ChartRenderOptions options)
    {
        var women = ChartPalette.ForRole(SeriesRole.Women);
        var men = ChartPalette.ForRole(SeriesRole.Men);
        var legend = new List<LegendEntry>
        {
            new(data.WomenLabel, women, LegendSymbol.Line),
            new(data.MenLabel, men, LegendSymbol.Line),
            new(data.GapLabel, GapStyle, LegendSymbol.Line),
        };
        var points = data.Points.OrderBy(point => point.Year).ToList();
        var periods = points.Select(point => (point.Year, point.Period)).DistinctBy(period => period.Year).ToList();

        return ChartFrame.Render(data.Caption, legend, options, (canvas, area) =>
        {
            var upperArea = new SKRect(area.Left, area.Top, area.Right, area.Top + area.Height * UpperShare);
            var lowerArea = new SKRect(area.Left, upperArea.Bottom, area.Right, area.Bottom);

            using var upper = ChartStyle.NewPlot(options.Culture);
            upper.Axes.Left.Label.Text = data.Caption.Unit;
            AddSeries(upper, points, point => point.Women, women);
            AddSeries(upper, points, point => point.Men, men);
            TimeAxis.Apply(upper, periods, upperArea.Width);
            upper.Axes.Bottom.TickLabelStyle.IsVisible = false;

            using var lower = ChartStyle.NewPlot(options.Culture);
            lower.Axes.Left.Label.Text = data.GapLabel;
            var zero = lower.Add.HorizontalLine(0, 1, Color.FromHex(ChartPalette.Grey), LinePattern.Solid);
            zero.LabelText = string.Empty;
            AddSeries(lower, points, point => point.Difference, GapStyle);
            TimeAxis.Apply(lower, periods, lowerArea.Width);

            AlignLeftEdges(upper, upperArea, lower, lowerArea);
            ChartFrame.RenderPlot(canvas, upper, upperArea);
            ChartFrame.RenderPlot(canvas, lower, lowerArea);
        });
    }

    private static void AddSeries(Plot plot, List<SexGapPoint> points, Func<SexGapPoint, double?> value, SeriesStyle style)
    {
        foreach (var run in TimeAxis.Runs(points, point => value(point) is { } v && double.IsFinite(v)))
        {
            var scatter = plot.Add.Scatter(run.Select(point => (double)point.Year).ToArray(), run.Select(point => value(point)!.Value).ToArray());
            ChartStyle.Apply(scatter, style);
        }
    }

    /// <summary>
    /// Lays both plots out once off-screen and fixes their padding to the wider of the two, so their data areas share
    /// left and right edges whatever the width of their tick labels.
    /// </summary>
    private static void AlignLeftEdges(Plot upper, SKRect upperArea, Plot lower, SKRect lowerArea)
    {
        var upperRect = Measure(upper, upperArea);
        var lowerRect = Measure(lower, lowerArea);
        var left = Math.Max(upperRect.Left, lowerRect.Left);
        var right = Math.Max(upperArea.Width - upperRect.Right, lowerArea.Width - lowerRect.Right);
        upper.Layout.Fixed(new PixelPadding(left, right, upperArea.Height - upperRect.Bottom, upperRect.Top));
        lower.Layout.Fixed(new PixelPadding(left, right, lowerArea.Height - lowerRect.Bottom, lowerRect.Top));
    }

    private static PixelRect Measure(Plot plot, SKRect area)
    {
        plot.RenderInMemory((int)Math.Ceiling(area.Width), (int)Math.Ceiling(area.Height));
        return plot.LastRender.DataRect;
    }
}
