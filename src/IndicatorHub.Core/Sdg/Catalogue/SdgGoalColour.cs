namespace IndicatorHub.Core.Sdg;

/// <summary>A goal's official background colour with the text colour chosen for it.</summary>
/// <param name="Background">Official UN SDG colour.</param>
/// <param name="Text">White or near-black, whichever contrasts more (see <see cref="SdgContrast.PickTextColour"/>).</param>
public sealed record SdgGoalColour(SdgRgbColour Background, SdgRgbColour Text)
{
    /// <summary>WCAG 2.1 contrast ratio of <see cref="Text"/> on <see cref="Background"/>.</summary>
    public double ContrastRatio => SdgContrast.Ratio(Background, Text);

    /// <summary>Builds the pair from the background, computing the text colour.</summary>
    public static SdgGoalColour For(SdgRgbColour background) => new(background, SdgContrast.PickTextColour(background));
}
