using ScottPlot;

namespace IndicatorHub.Charts;

/// <summary>How one series is drawn.</summary>
/// <param name="Hex">The colour as #RRGGBB.</param>
/// <param name="Marker">Marker shape, so series differ by more than colour.</param>
/// <param name="Line">Line pattern.</param>
/// <param name="LineWidth">Line width in screen pixels.</param>
public sealed record SeriesStyle(string Hex, MarkerShape Marker, LinePattern Line, float LineWidth)
{
    /// <summary>The colour for ScottPlot.</summary>
    public Color Color => Color.FromHex(Hex);
}

/// <summary>
/// The Okabe–Ito colour-blind-safe palette, one colour per <see cref="SeriesRole"/> and per subgroup index, the same in
/// every chart. Orange, sky blue, yellow and reddish purple are darkened (same hue, RGB scaled) until they reach at
/// least 3:1 against white, the WCAG 2.1 contrast for graphical objects; the others pass as they are.
/// </summary>
public static class ChartPalette
{
    /// <summary>Okabe–Ito blue.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Okabe–Ito vermillion.</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Okabe–Ito bluish green.</summary>
    public const string BluishGreen = "#009E73";

    /// <summary>Okabe–Ito reddish purple (#CC79A7) darkened to 3.3:1.</summary>
    public const string ReddishPurple = "#C374A0";

    /// <summary>Okabe–Ito orange (#E69F00) darkened to 3.3:1.</summary>
    public const string Orange = "#BC8200";

    /// <summary>Okabe–Ito sky blue (#56B4E9) darkened to 3.3:1.</summary>
    public const string SkyBlue = "#4795C1";

    /// <summary>Okabe–Ito yellow (#F0E442) darkened to 3.3:1 (an olive).</summary>
    public const string Yellow = "#978F29";

    /// <summary>Okabe–Ito black.</summary>
    public const string Black = "#000000";

    /// <summary>Neutral grey for unmarked bars and ranges (4.5:1 against white).</summary>
    public const string Grey = "#767676";

    /// <summary>Unmarked ranking bars: lighter than <see cref="Grey"/> so marked bars stand out, still 3.2:1 against white.</summary>
    public const string NeutralBar = "#8F8F8F";

    /// <summary>Text colour of the footer and axis labels (7:1 against white).</summary>
    public const string DarkGrey = "#595959";

    private static readonly Dictionary<SeriesRole, SeriesStyle> RoleStyles = new()
    {
        [SeriesRole.Area] = new(Blue, MarkerShape.FilledCircle, LinePattern.Solid, 2.5f),
        [SeriesRole.Country] = new(Black, MarkerShape.FilledDiamond, LinePattern.Dashed, 2f),
        [SeriesRole.County] = new(Vermillion, MarkerShape.FilledTriangleUp, LinePattern.DenselyDashed, 2f),
        [SeriesRole.MunicipalityGroup] = new(BluishGreen, MarkerShape.FilledTriangleDown, LinePattern.Dotted, 2f),
        [SeriesRole.Women] = new(ReddishPurple, MarkerShape.FilledCircle, LinePattern.Solid, 2.5f),
        [SeriesRole.Men] = new(Orange, MarkerShape.FilledSquare, LinePattern.Dashed, 2.5f),
        [SeriesRole.Other] = new(Grey, MarkerShape.OpenCircle, LinePattern.Solid, 2f),
    };

    private static readonly string[] SubgroupHexes = [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Yellow, Black];

    private static readonly MarkerShape[] SubgroupMarkers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenDiamond,
    ];

    /// <summary>Every role, in declaration order.</summary>
    public static IReadOnlyList<SeriesRole> Roles { get; } = Enum.GetValues<SeriesRole>();

    /// <summary>How many subgroups get a colour of their own before the palette repeats.</summary>
    public static int SubgroupColourCount => SubgroupHexes.Length;

    /// <summary>Colour, marker and line of a role.</summary>
    public static SeriesStyle ForRole(SeriesRole role) => RoleStyles[role];

    /// <summary>Colour (#RRGGBB) of a role.</summary>
    public static string HexForRole(SeriesRole role) => RoleStyles[role].Hex;

    /// <summary>Colour of a role for ScottPlot.</summary>
    public static Color ColorForRole(SeriesRole role) => RoleStyles[role].Color;

    /// <summary>Colour and marker of the subgroup at <paramref name="index"/> (0-based) of a dimension.</summary>
    public static SeriesStyle ForSubgroup(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(SubgroupHexes[index % SubgroupHexes.Length], SubgroupMarkers[index % SubgroupMarkers.Length], LinePattern.Solid, 2f);
    }

    /// <summary>Colour (#RRGGBB) of the subgroup at <paramref name="index"/>.</summary>
    public static string HexForSubgroup(int index) => ForSubgroup(index).Hex;

    /// <summary>Colour of the subgroup at <paramref name="index"/> for ScottPlot.</summary>
    public static Color ColorForSubgroup(int index) => ForSubgroup(index).Color;
}
