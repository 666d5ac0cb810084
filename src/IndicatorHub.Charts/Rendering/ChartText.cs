using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>Text drawn straight on the canvas (title, footer, legend) in the chart font.</summary>
internal static class ChartText
{
    public const string FontFamily = "DejaVu Sans";

    private static readonly SKTypeface Regular =
        SKTypeface.FromFamilyName(FontFamily, SKFontStyle.Normal) ?? SKTypeface.Default;

    private static readonly SKTypeface Bold =
        SKTypeface.FromFamilyName(FontFamily, SKFontStyle.Bold) ?? SKTypeface.Default;

    public static SKFont Font(float size, bool bold = false) => new(bold ? Bold : Regular, size) { Subpixel = true };

    public static SKPaint Paint(string hex) => new() { Color = SKColor.Parse(hex), IsAntialias = true, Style = SKPaintStyle.Fill };

    /// <summary>
    /// Breaks <paramref name="text"/> at spaces into at most <paramref name="maxLines"/> lines no wider than
    /// <paramref name="maxWidth"/>; what does not fit ends the last line with an ellipsis rather than running off the image.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = string.Empty;
        var index = 0;
        while (index < words.Length)
        {
            var candidate = current.Length == 0 ? words[index] : current + " " + words[index];
            if (font.MeasureText(candidate) <= maxWidth || current.Length == 0)
            {
                current = candidate;
                index++;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                break;
            }

            lines.Add(current);
            current = string.Empty;
        }

        if (index < words.Length)
        {
            current += " " + string.Join(' ', words[index..]);
        }

        if (current.Length > 0)
        {
            lines.Add(Ellipsize(current, font, maxWidth));
        }

        return lines;
    }

    public static string Ellipsize(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var end = text.Length;
        while (end > 1 && font.MeasureText(string.Concat(text.AsSpan(0, end).TrimEnd(), "…")) > maxWidth)
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }
}
