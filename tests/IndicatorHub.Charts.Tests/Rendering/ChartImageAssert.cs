using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;

namespace IndicatorHub.Charts.Tests.Rendering;

/// <summary>Reads what a test needs from PNG and SVG bytes, independently of the renderer.</summary>
internal static class ChartImageAssert
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which the PNG format puts right after the signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.That(png.Take(8), Is.EqualTo(PngSignature), "PNG signature");
        Assert.That(Encoding.ASCII.GetString(png, 12, 4), Is.EqualTo("IHDR"));
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Pixels per metre from the pHYs chunk, or null when there is none.</summary>
    public static uint? PngPixelsPerMetre(byte[] png)
    {
        var offset = 8;
        while (offset + 8 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "pHYs")
            {
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8));
            }

            offset += 12 + length;
        }

        return null;
    }

    public static XDocument Svg(byte[] svg) => XDocument.Parse(Encoding.UTF8.GetString(svg));

    /// <summary>The trimmed text of every &lt;text&gt; element.</summary>
    public static IReadOnlyList<string> SvgTexts(XDocument svg) =>
        svg.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value.Trim()).ToList();
}
