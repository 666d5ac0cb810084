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

    /// <summary>Room above the lower plot for the gap's heading.</summary>
    private const float GapHeadingHeight = 24f;

    internal static readonly SeriesStyle GapStyle = new(ChartPalette.DarkGrey, MarkerShape.FilledDiamond, LinePattern.Solid, 2f);

    public static byte[] Render(SexGapChartData data, ChartRenderOptions options)
    {
        var women = ChartStyle.ForOutput(ChartPalette.ForRole(SeriesRole.Women), options.Format);
        var men = ChartStyle.ForOutput(ChartPalette.ForRole(SeriesRole.Men), options.Format);
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
            var zero = lower.Add.HorizontalLine(0, 1, Color.FromHex(ChartPalette.Grey), LinePattern.Solid);
            zero.LabelText = string.Empty;
            AddSeries(lower, points, point => point.Difference, GapStyle);
            TimeAxis.Apply(lower, periods, lowerArea.Width);

            var dataLeft = AlignLeftEdges(upper, upperArea, lower, lowerArea);
            ChartFrame.RenderPlot(canvas, upper, upperArea);
            ChartFrame.RenderPlot(canvas, lower, lowerArea);

            // The gap's label is a heading over its plot: as a rotated axis label a worded caption would be cut off.
            using var headingFont = ChartText.Font(12.5f, bold: true);
            using var headingPaint = ChartText.Paint("#000000");
            var heading = ChartText.Ellipsize(data.GapLabel, headingFont, area.Width - dataLeft - 12);
            canvas.DrawText(heading, area.Left + dataLeft, lowerArea.Top + GapHeadingHeight - 6, SKTextAlign.Left, headingFont, headingPaint);
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
    /// <returns>The shared left padding, where the data areas begin.</returns>
    private static float AlignLeftEdges(Plot upper, SKRect upperArea, Plot lower, SKRect lowerArea)
    {
        var upperRect = Measure(upper, upperArea);
        var lowerRect = Measure(lower, lowerArea);
        var left = Math.Max(upperRect.Left, lowerRect.Left);
        var right = Math.Max(upperArea.Width - upperRect.Right, lowerArea.Width - lowerRect.Right);
        // The upper plot's tick labels are hidden (the lower plot carries them), so it needs little room beneath.
        upper.Layout.Fixed(new PixelPadding(left, right, 8, upperRect.Top));
        lower.Layout.Fixed(new PixelPadding(left, right, lowerArea.Height - lowerRect.Bottom, Math.Max(lowerRect.Top, GapHeadingHeight)));
        return left;
    }

    private static PixelRect Measure(Plot plot, SKRect area)
    {
        plot.RenderInMemory((int)Math.Ceiling(area.Width), (int)Math.Ceiling(area.Height));
        return plot.LastRender.DataRect;
    }
}
