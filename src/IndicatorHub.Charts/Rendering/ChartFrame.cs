using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>
/// Lays out a full chart image: title at the top, legend row, the plot area, and the footer line (area · period ·
/// source) at the bottom, so the image stands alone in a report.
/// </summary>
internal static class ChartFrame
{
    public const float Width = 800f;
    public const float Height = 450f;

    private const float Margin = 14f;
    private const float TitleFontSize = 17f;
    private const float TitleLineHeight = 22f;
    private const float FooterFontSize = 12f;
    private const float FooterLineHeight = 16f;

    /// <summary>Renders the frame; <paramref name="drawPlots"/> fills the plot area (in logical pixels).</summary>
    public static byte[] Render(ChartCaption caption, IReadOnlyList<LegendEntry> legend, ChartRenderOptions options, Action<SKCanvas, SKRect> drawPlots) =>
        Render(caption, legend, options, Height, drawPlots);

    /// <summary>Renders a frame <paramref name="height"/> logical pixels tall (a grid of small charts needs more than one chart's height).</summary>
    public static byte[] Render(ChartCaption caption, IReadOnlyList<LegendEntry> legend, ChartRenderOptions options, float height, Action<SKCanvas, SKRect> drawPlots)
    {
        ChartRenderer.EnsureFonts();
        return ChartCanvas.Draw(options, Width, height, caption.Title, caption.FooterText, canvas =>
        {
            using var titleFont = ChartText.Font(TitleFontSize, bold: true);
            using var footerFont = ChartText.Font(FooterFontSize);
            var textWidth = Width - 2 * Margin;
            var titleLines = ChartText.Wrap(caption.Title, titleFont, textWidth, maxLines: 2);
            var footerLines = ChartText.Wrap(caption.FooterText, footerFont, textWidth, maxLines: 2);

            var titleBottom = 8 + titleLines.Count * TitleLineHeight;
            var legendTop = titleBottom + 4;
            var legendHeight = ChartLegend.Height(legend, textWidth);
            var footerTop = height - 8 - footerLines.Count * FooterLineHeight;
            var plotArea = new SKRect(0, legendTop + legendHeight, Width, footerTop - 2);

            canvas.Save();
            canvas.ClipRect(plotArea);
            drawPlots(canvas, plotArea);
            canvas.Restore();

            using var titlePaint = ChartText.Paint("#000000");
            for (var line = 0; line < titleLines.Count; line++)
            {
                canvas.DrawText(titleLines[line], Margin, 8 + (line + 1) * TitleLineHeight - 5, SKTextAlign.Left, titleFont, titlePaint);
            }

            ChartLegend.Draw(canvas, legend, Margin, legendTop, textWidth);

            using var footerPaint = ChartText.Paint(ChartPalette.DarkGrey);
            for (var line = 0; line < footerLines.Count; line++)
            {
                canvas.DrawText(footerLines[line], Margin, footerTop + (line + 1) * FooterLineHeight - 4, SKTextAlign.Left, footerFont, footerPaint);
            }
        });
    }

    /// <summary>Renders a ScottPlot plot into <paramref name="area"/>, clipped so its background cannot cover the frame.</summary>
    public static void RenderPlot(SKCanvas canvas, ScottPlot.Plot plot, SKRect area)
    {
        canvas.Save();
        canvas.ClipRect(area);
        plot.Render(canvas, new ScottPlot.PixelRect(area.Left, area.Right, area.Bottom, area.Top));
        canvas.Restore();
    }
}
