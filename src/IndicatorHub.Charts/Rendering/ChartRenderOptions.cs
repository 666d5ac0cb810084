using System.Globalization;

namespace IndicatorHub.Charts;

/// <summary>The file format a chart is rendered to.</summary>
public enum ChartFormat
{
    /// <summary>Raster PNG, for screens and office documents.</summary>
    Png,

    /// <summary>Vector SVG, well-formed XML with a &lt;title&gt;.</summary>
    Svg,
}

/// <summary>How large a chart is drawn; the layout is the same, only the scale differs.</summary>
public enum ChartSize
{
    /// <summary>About 800×450 px (a spine strip about 240×28 px).</summary>
    Screen,

    /// <summary>The screen layout at 300 dpi (scale 3.125), so fonts and lines grow with it.</summary>
    Print,
}

/// <summary>How to render: format, size, and the culture used for the numbers on the axes.</summary>
/// <param name="Culture">Tick labels are formatted with it (sv-SE gives a decimal comma, U+2212 minus and U+00A0 between thousands).</param>
public sealed record ChartRenderOptions(ChartFormat Format, ChartSize Size, CultureInfo Culture);

/// <summary>Everything drawn around the plot so the image stands alone in a report.</summary>
/// <param name="Title">Drawn at the top.</param>
/// <param name="Unit">The value axis label.</param>
/// <param name="Area">First part of the footer line.</param>
/// <param name="Period">Second part of the footer line.</param>
/// <param name="Source">Last part of the footer line, worded by the caller, e.g. "Källa: Kolada (RKA)".</param>
public sealed record ChartCaption(string Title, string Unit, string Area, string Period, string Source)
{
    /// <summary>The footer line: area · period · source, leaving out the parts that are blank.</summary>
    public string FooterText =>
        string.Join(" · ", new[] { Area, Period, Source }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
