using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>Draws a spine strip straight with Skia: it is a handful of rectangles, too small for axes.</summary>
internal static class SpineChartRenderer
{
    public const float Width = 240f;
    public const float Height = 28f;

    /// <summary>Room at each end so the value's marker is never cut off at an edge.</summary>
    private const float EndPadding = 8f;
    private const float BandTop = 7f;
    private const float BandBottom = 21f;
    private const float MarkerRadius = 5.5f;

    /// <summary>Light band: min to max. Not a mark on its own; its grey outline (4.5:1) shows its ends.</summary>
    internal const string RangeFill = "#D9D9D9";

    public static byte[] Render(SpineChartData data, ChartRenderOptions options)
    {
        ChartRenderer.EnsureFonts();
        var positions = SpineLayout.Compute(data);
        return ChartCanvas.Draw(options, Width, Height, data.Label, data.Description, canvas =>
        {
            float X(double fraction) => EndPadding + (float)fraction * (Width - 2 * EndPadding);

            using var range = new SKPaint { Color = SKColor.Parse(RangeFill), IsAntialias = true };
            using var outline = new SKPaint { Color = SKColor.Parse(ChartPalette.Grey), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
            using var inner = new SKPaint { Color = SKColor.Parse(ChartPalette.NeutralBar), IsAntialias = true };
            using var benchmark = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
            using var valueFill = new SKPaint { Color = SKColor.Parse(ChartPalette.ForRole(SeriesRole.Area).Hex), IsAntialias = true };
            using var valueRing = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f };

            var rangeRect = new SKRect(X(positions.RangeLeft), BandTop, X(positions.RangeRight), BandBottom);
            canvas.DrawRect(rangeRect, range);
            canvas.DrawRect(rangeRect, outline);
            canvas.DrawRect(new SKRect(X(positions.InnerLeft), BandTop, X(positions.InnerRight), BandBottom), inner);
            canvas.DrawLine(X(positions.Benchmark), 2, X(positions.Benchmark), Height - 2, benchmark);
            var valueX = X(positions.Value);
            canvas.DrawCircle(valueX, Height / 2, MarkerRadius, valueFill);
            canvas.DrawCircle(valueX, Height / 2, MarkerRadius, valueRing);
        });
    }
}
