using ScottPlot;
using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>How a legend entry's symbol is drawn.</summary>
internal enum LegendSymbol
{
    /// <summary>A line sample with the series marker on it.</summary>
    Line,

    /// <summary>The marker alone.</summary>
    Marker,

    /// <summary>A translucent block, for confidence bands and ranges.</summary>
    Band,

    /// <summary>A solid bar with the marker above it, for ranking marks.</summary>
    Bar,
}

/// <summary>One legend entry.</summary>
internal sealed record LegendEntry(string Label, SeriesStyle Style, LegendSymbol Symbol);

/// <summary>
/// The legend as a row (wrapping to more rows) under the title, drawn by hand so it never covers data and looks the
/// same in every chart.
/// </summary>
internal static class ChartLegend
{
    private const float FontSize = 12.5f;
    private const float SymbolWidth = 30f;
    private const float SymbolGap = 6f;
    private const float EntryGap = 20f;
    private const float RowHeight = 20f;

    public static float Height(IReadOnlyList<LegendEntry> entries, float width)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        return (Layout(entries, width).Max(placed => placed.Row) + 1) * RowHeight + 4;
    }

    public static void Draw(SKCanvas canvas, IReadOnlyList<LegendEntry> entries, float left, float top, float width)
    {
        using var font = ChartText.Font(FontSize);
        using var textPaint = ChartText.Paint("#000000");
        foreach (var placed in Layout(entries, width))
        {
            var x = left + placed.X;
            var centreY = top + placed.Row * RowHeight + RowHeight / 2;
            DrawSymbol(canvas, placed.Entry, x, centreY);
            canvas.DrawText(placed.Text, x + SymbolWidth + SymbolGap, centreY + FontSize * 0.36f, SKTextAlign.Left, font, textPaint);
        }
    }

    private sealed record Placed(LegendEntry Entry, string Text, float X, int Row);

    private static List<Placed> Layout(IReadOnlyList<LegendEntry> entries, float width)
    {
        using var font = ChartText.Font(FontSize);
        var placed = new List<Placed>();
        var x = 0f;
        var row = 0;
        foreach (var entry in entries)
        {
            var text = ChartText.Ellipsize(entry.Label, font, width - SymbolWidth - SymbolGap);
            var entryWidth = SymbolWidth + SymbolGap + font.MeasureText(text);
            if (x > 0 && x + entryWidth > width)
            {
                row++;
                x = 0;
            }

            placed.Add(new Placed(entry, text, x, row));
            x += entryWidth + EntryGap;
        }

        return placed;
    }

    private static void DrawSymbol(SKCanvas canvas, LegendEntry entry, float x, float centreY)
    {
        var colour = SKColor.Parse(entry.Style.Hex);
        switch (entry.Symbol)
        {
            case LegendSymbol.Band:
                using (var fill = new SKPaint { Color = colour.WithAlpha(ChartStyle.BandAlpha), IsAntialias = true })
                {
                    canvas.DrawRect(new SKRect(x, centreY - 6, x + SymbolWidth, centreY + 6), fill);
                }

                break;
            case LegendSymbol.Bar:
                using (var fill = new SKPaint { Color = colour, IsAntialias = true })
                {
                    canvas.DrawRect(new SKRect(x + 4, centreY - 2, x + 12, centreY + 8), fill);
                }

                if (entry.Style.Marker != MarkerShape.None)
                {
                    DrawMarker(canvas, entry.Style, x + 22, centreY + 1, 9);
                }

                break;
            case LegendSymbol.Marker:
                DrawMarker(canvas, entry.Style, x + SymbolWidth / 2, centreY, 10);
                break;
            default:
                using (var line = new SKPaint
                {
                    Color = colour,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = entry.Style.LineWidth,
                    PathEffect = entry.Style.Line.GetPathEffect(),
                })
                {
                    canvas.DrawLine(x, centreY, x + SymbolWidth, centreY, line);
                }

                if (entry.Style.Marker != MarkerShape.None)
                {
                    DrawMarker(canvas, entry.Style, x + SymbolWidth / 2, centreY, 9);
                }

                break;
        }
    }

    /// <summary>The marker shapes the palette uses, drawn to match ScottPlot's.</summary>
    public static void DrawMarker(SKCanvas canvas, SeriesStyle style, float cx, float cy, float size)
    {
        var colour = SKColor.Parse(style.Hex);
        var open = style.Marker is MarkerShape.OpenCircle or MarkerShape.OpenSquare or MarkerShape.OpenDiamond
            or MarkerShape.OpenTriangleUp or MarkerShape.OpenTriangleDown;
        using var paint = new SKPaint
        {
            Color = colour,
            IsAntialias = true,
            Style = open ? SKPaintStyle.Stroke : SKPaintStyle.Fill,
            StrokeWidth = 2,
        };
        var r = size / 2;
        using var path = new SKPath();
        switch (style.Marker)
        {
            case MarkerShape.FilledSquare or MarkerShape.OpenSquare:
                path.AddRect(new SKRect(cx - r * 0.85f, cy - r * 0.85f, cx + r * 0.85f, cy + r * 0.85f));
                break;
            case MarkerShape.FilledDiamond or MarkerShape.OpenDiamond:
                path.MoveTo(cx, cy - r);
                path.LineTo(cx + r, cy);
                path.LineTo(cx, cy + r);
                path.LineTo(cx - r, cy);
                path.Close();
                break;
            case MarkerShape.FilledTriangleUp or MarkerShape.OpenTriangleUp:
                path.MoveTo(cx, cy - r);
                path.LineTo(cx + r, cy + r * 0.8f);
                path.LineTo(cx - r, cy + r * 0.8f);
                path.Close();
                break;
            case MarkerShape.FilledTriangleDown or MarkerShape.OpenTriangleDown:
                path.MoveTo(cx, cy + r);
                path.LineTo(cx + r, cy - r * 0.8f);
                path.LineTo(cx - r, cy - r * 0.8f);
                path.Close();
                break;
            default:
                path.AddCircle(cx, cy, open ? r * 0.85f : r);
                break;
        }

        canvas.DrawPath(path, paint);
    }
}
