using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;
using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>
/// A drawing surface in logical (screen) pixels that yields PNG or SVG bytes. Print scales the whole canvas, so every
/// chart is laid out once at screen size and fonts and lines grow with the scale.
/// </summary>
internal static partial class ChartCanvas
{
    /// <summary>300 dpi over the 96 dpi a screen pixel is assumed to be.</summary>
    public const float PrintScale = 300f / 96f;

    public static float ScaleOf(ChartSize size) => size == ChartSize.Print ? PrintScale : 1f;

    public static int PixelsOf(float logical, ChartSize size) => (int)MathF.Round(logical * ScaleOf(size));

    /// <summary>Draws at logical size <paramref name="width"/>×<paramref name="height"/> and encodes the result.</summary>
    /// <param name="svgTitle">The SVG's &lt;title&gt;, what a screen reader announces for the image.</param>
    /// <param name="svgDescription">The SVG's &lt;desc&gt;, or null for none.</param>
    public static byte[] Draw(ChartRenderOptions options, float width, float height, string svgTitle, string? svgDescription, Action<SKCanvas> draw)
    {
        var scale = ScaleOf(options.Size);
        var pixelWidth = PixelsOf(width, options.Size);
        var pixelHeight = PixelsOf(height, options.Size);
        return options.Format == ChartFormat.Svg
            ? DrawSvg(pixelWidth, pixelHeight, scale, svgTitle, svgDescription, draw)
            : DrawPng(pixelWidth, pixelHeight, scale, draw);
    }

    private static byte[] DrawPng(int pixelWidth, int pixelHeight, float scale, Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        draw(canvas);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return WithResolution(encoded.ToArray(), scale * 96f);
    }

    private static byte[] DrawSvg(int pixelWidth, int pixelHeight, float scale, string title, string? description, Action<SKCanvas> draw)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, pixelWidth, pixelHeight), stream))
        {
            using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
            canvas.DrawRect(new SKRect(0, 0, pixelWidth, pixelHeight), white);
            canvas.Scale(scale);
            draw(canvas);
        }

        stream.Position = 0;
        var document = XDocument.Load(stream);
        var root = document.Root ?? throw new InvalidOperationException("Skia wrote an SVG without a root element.");
        XNamespace svg = "http://www.w3.org/2000/svg";
        RenumberIds(root);
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("viewBox", $"0 0 {pixelWidth} {pixelHeight}");
        if (description is not null)
        {
            root.AddFirst(new XElement(svg + "desc", description));
        }

        root.AddFirst(new XElement(svg + "title", title));
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(false)))
        {
            document.Save(writer, SaveOptions.DisableFormatting);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Skia numbers its clip paths from a counter shared by the whole process, so the same chart drawn twice would
    /// differ; renumbered in document order, the same chart gives the same bytes (a ZIP of charts keeps its ETag).
    /// </summary>
    private static void RenumberIds(XElement root)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>())
        {
            var fresh = "c" + (renamed.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            renamed[id.Value] = fresh;
            id.Value = fresh;
        }

        if (renamed.Count == 0)
        {
            return;
        }

        foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(a => a.Value.Contains('#', StringComparison.Ordinal)))
        {
            attribute.Value = IdReference().Replace(attribute.Value, m =>
                renamed.TryGetValue(m.Groups[1].Value, out var fresh) ? "#" + fresh : m.Value);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"#([A-Za-z_][\w.-]*)")]
    private static partial System.Text.RegularExpressions.Regex IdReference();

    /// <summary>
    /// Adds a pHYs chunk so office programs place a print image at its physical size (2500 px at 300 dpi ≈ 21 cm)
    /// instead of guessing 96 dpi. Skia's encoder writes none.
    /// </summary>
    private static byte[] WithResolution(byte[] png, float dotsPerInch)
    {
        const int signatureAndHeader = 8 + 4 + 4 + 13 + 4; // signature, then the IHDR chunk that must come first
        var pixelsPerMetre = (uint)MathF.Round(dotsPerInch / 0.0254f);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(0), 9);
        Encoding.ASCII.GetBytes("pHYs").CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));

        var result = new byte[png.Length + chunk.Length];
        png.AsSpan(0, signatureAndHeader).CopyTo(result);
        chunk.CopyTo(result.AsSpan(signatureAndHeader));
        png.AsSpan(signatureAndHeader).CopyTo(result.AsSpan(signatureAndHeader + chunk.Length));
        return result;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
