using System.Globalization;
using ScottPlot;

namespace IndicatorHub.Charts.Tests.Palette;

public class ChartPaletteTests
{
    /// <summary>WCAG 2.1 contrast ratio against white, from the definition of relative luminance.</summary>
    private static double ContrastAgainstWhite(string hex)
    {
        static double Linear(int channel)
        {
            var c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var r = int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var luminance = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        return 1.05 / (luminance + 0.05);
    }

    [Test]
    public void Contrast_helper_matches_known_values()
    {
        // Black on white is 21:1; Okabe–Ito yellow #F0E442 is about 1.3:1, which is why the palette darkens it.
        Assert.Multiple(() =>
        {
            Assert.That(ContrastAgainstWhite("#000000"), Is.EqualTo(21).Within(0.01));
            Assert.That(ContrastAgainstWhite("#F0E442"), Is.LessThan(1.4));
            Assert.That(ContrastAgainstWhite("#767676"), Is.EqualTo(4.54).Within(0.01));
        });
    }

    [Test]
    public void Every_role_colour_has_at_least_3_to_1_contrast_against_white()
    {
        foreach (var role in ChartPalette.Roles)
        {
            Assert.That(ContrastAgainstWhite(ChartPalette.HexForRole(role)), Is.GreaterThanOrEqualTo(3.0), role.ToString());
        }
    }

    [Test]
    public void Every_subgroup_colour_has_at_least_3_to_1_contrast_against_white()
    {
        for (var index = 0; index < ChartPalette.SubgroupColourCount; index++)
        {
            Assert.That(ContrastAgainstWhite(ChartPalette.HexForSubgroup(index)), Is.GreaterThanOrEqualTo(3.0), $"subgroup {index}");
        }
    }

    [Test]
    public void Unmarked_bars_and_text_greys_have_at_least_3_to_1_contrast()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ContrastAgainstWhite(ChartPalette.NeutralBar), Is.GreaterThanOrEqualTo(3.0));
            Assert.That(ContrastAgainstWhite(ChartPalette.Grey), Is.GreaterThanOrEqualTo(4.5), "text grey");
            Assert.That(ContrastAgainstWhite(ChartPalette.DarkGrey), Is.GreaterThanOrEqualTo(4.5), "footer text");
        });
    }

    [Test]
    public void Each_role_has_its_own_colour()
    {
        var colours = ChartPalette.Roles.Select(role => ChartPalette.HexForRole(role).ToUpperInvariant()).ToList();

        Assert.That(colours, Is.Unique);
    }

    [Test]
    public void Each_subgroup_up_to_the_palette_size_has_its_own_colour_and_repeats_after()
    {
        var colours = Enumerable.Range(0, ChartPalette.SubgroupColourCount).Select(ChartPalette.HexForSubgroup).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(colours, Is.Unique);
            Assert.That(ChartPalette.SubgroupColourCount, Is.GreaterThanOrEqualTo(5), "income quintiles need five");
            Assert.That(ChartPalette.HexForSubgroup(ChartPalette.SubgroupColourCount), Is.EqualTo(colours[0]));
        });
    }

    [Test]
    public void Subgroups_differ_by_marker_shape_as_well_as_colour()
    {
        var shapes = Enumerable.Range(0, ChartPalette.SubgroupColourCount).Select(index => ChartPalette.ForSubgroup(index).Marker).ToList();

        Assert.That(shapes, Is.Unique);
    }

    [Test]
    public void Women_and_men_differ_by_marker_shape_and_line_as_well_as_colour()
    {
        var women = ChartPalette.ForRole(SeriesRole.Women);
        var men = ChartPalette.ForRole(SeriesRole.Men);

        Assert.Multiple(() =>
        {
            Assert.That(women.Marker, Is.EqualTo(MarkerShape.FilledCircle));
            Assert.That(men.Marker, Is.EqualTo(MarkerShape.FilledSquare));
            Assert.That(women.Hex, Is.Not.EqualTo(men.Hex));
            Assert.That(women.Line.Name, Is.Not.EqualTo(men.Line.Name));
        });
    }

    [Test]
    public void Colours_are_the_same_object_for_ScottPlot_and_as_hex()
    {
        Assert.That(ChartPalette.ColorForRole(SeriesRole.Area).ToHex(), Is.EqualTo(ChartPalette.HexForRole(SeriesRole.Area)).IgnoreCase);
    }
}
