namespace IndicatorHub.Core.Sdg;

/// <summary>
/// WCAG 2.1 contrast arithmetic (success criterion 1.4.3 and the "relative luminance" and "contrast ratio"
/// definitions), used to pick a readable text colour for each SDG tile instead of trusting a hand-picked table.
/// </summary>
public static class SdgContrast
{
    /// <summary>WCAG 2.1 AA minimum contrast for normal-size text.</summary>
    public const double AaNormalText = 4.5;

    /// <summary>Relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels.</summary>
    public static double RelativeLuminance(SdgRgbColour colour) =>
        (0.2126 * Linearise(colour.R)) + (0.7152 * Linearise(colour.G)) + (0.0722 * Linearise(colour.B));

    /// <summary>Contrast ratio (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour; 1 to 21.</summary>
    public static double Ratio(SdgRgbColour a, SdgRgbColour b)
    {
        var la = RelativeLuminance(a);
        var lb = RelativeLuminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>White or near-black, whichever contrasts more with <paramref name="background"/>.</summary>
    public static SdgRgbColour PickTextColour(SdgRgbColour background) =>
        Ratio(background, SdgRgbColour.White) >= Ratio(background, SdgRgbColour.NearBlack)
            ? SdgRgbColour.White
            : SdgRgbColour.NearBlack;

    private static double Linearise(byte channel)
    {
        var c = channel / 255.0;

        // WCAG 2.1 prints 0.03928 as the threshold; sRGB's 0.04045 gives identical results for 8-bit values.
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
