using ScottPlot;
using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>Draws <see cref="SmallMultiplesChartData"/>: up to four panels a row, one value axis shared by all.</summary>
internal static class SmallMultiplesChartRenderer
{
    private const float PanelHeight = 150f;
    private const float PanelHeadingHeight = 18f;
    private const float PanelHeadingFontSize = 12.5f;
    private const float FrameChrome = 110f;

    public static byte[] Render(SmallMultiplesChartData data, ChartRenderOptions options)
    {
        var panelStyle = ChartStyle.ForOutput(ChartPalette.ForRole(SeriesRole.Area), options.Format);
        var referenceStyle = ChartStyle.ForOutput(ChartPalette.ForRole(SeriesRole.Country), options.Format);
        var legend = new List<LegendEntry>
        {
            new(data.PanelSeriesLabel, panelStyle, LegendSymbol.Line),
            new(data.ReferenceLabel, referenceStyle, LegendSymbol.Line),
        };

        var values = data.Panels.SelectMany(p => p.Points).Concat(data.Reference)
            .Select(p => p.Value).OfType<double>().Where(double.IsFinite).ToList();
        var (low, high) = values.Count == 0 ? (0d, 1d) : (values.Min(), values.Max());
        var pad = high > low ? (high - low) * 0.08 : Math.Max(1, Math.Abs(high) * 0.1);
        var periods = data.Periods();
        var height = FrameChrome + data.Rows * PanelHeight;

        return ChartFrame.Render(data.Caption, legend, options, height, (canvas, area) =>
        {
            using var headingFont = ChartText.Font(PanelHeadingFontSize, bold: true);
            using var headingPaint = ChartText.Paint("#000000");
            var panelWidth = area.Width / data.Columns;
            var panelHeight = area.Height / data.Rows;
            for (var i = 0; i < data.Panels.Count; i++)
            {
                var panel = data.Panels[i];
                var left = area.Left + i % data.Columns * panelWidth;
                var top = area.Top + i / data.Columns * panelHeight;
                canvas.DrawText(
                    ChartText.Ellipsize(panel.Label, headingFont, panelWidth - 16), left + 8, top + PanelHeadingHeight - 4, SKTextAlign.Left, headingFont, headingPaint);

                using var plot = ChartStyle.NewPlot(options.Culture);
                AddLine(plot, data.Reference, referenceStyle);
                AddLine(plot, panel.Points, panelStyle);
                var plotRect = new SKRect(left, top + PanelHeadingHeight, left + panelWidth, top + panelHeight);
                TimeAxis.Apply(plot, periods, plotRect.Width);
                plot.Axes.SetLimitsY(low - pad, high + pad);
                ChartFrame.RenderPlot(canvas, plot, plotRect);
            }
        });
    }

    private static void AddLine(Plot plot, IReadOnlyList<TrendPoint> points, SeriesStyle style)
    {
        foreach (var segment in TimeAxis.Runs(points.OrderBy(p => p.Year), p => p.Value.HasValue && double.IsFinite(p.Value.Value)))
        {
            var scatter = plot.Add.Scatter(segment.Select(p => (double)p.Year).ToArray(), segment.Select(p => p.Value!.Value).ToArray());
            ChartStyle.Apply(scatter, style, markerSize: 5f);
        }
    }
}
