using System.Globalization;
using SkiaSharp;

namespace IndicatorHub.Charts.Tests.Rendering;

/// <summary>What is drawn, checked on the output: colours in the PNG, axis ranges in the SVG's tick labels.</summary>
public class ChartMarksTests
{
    private static int CountPixels(byte[] png, string hex)
    {
        using var bitmap = SKBitmap.Decode(png);
        var colour = SKColor.Parse(hex);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red == colour.Red && pixel.Green == colour.Green && pixel.Blue == colour.Blue)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Tick labels that read as numbers in sv-SE and are not years.</summary>
    private static List<double> ValueTicks(byte[] svg) =>
        ChartImageAssert.SvgTexts(ChartImageAssert.Svg(svg))
            .Select(text => double.TryParse(text, NumberStyles.Float, ChartSamples.Swedish, out var value) ? value : (double?)null)
            .Where(value => value is { } v && (v < 1900 || v > 2100))
            .Select(value => value!.Value)
            .ToList();

    [Test]
    public void Ranking_draws_the_chosen_area_and_its_county_in_their_colours()
    {
        var png = ChartRenderer.Render(ChartSamples.Ranking(), ChartSamples.Options(ChartFormat.Png));

        Assert.Multiple(() =>
        {
            Assert.That(CountPixels(png, ChartPalette.Blue), Is.GreaterThan(100), "selected bar");
            Assert.That(CountPixels(png, ChartPalette.Vermillion), Is.GreaterThan(100), "same-county bar");
            Assert.That(CountPixels(png, ChartPalette.NeutralBar), Is.GreaterThan(100), "unmarked bars");
        });
    }

    [Test]
    public void Trend_draws_each_series_in_its_role_colour()
    {
        var png = ChartRenderer.Render(ChartSamples.Trend(), ChartSamples.Options(ChartFormat.Png));

        Assert.Multiple(() =>
        {
            Assert.That(CountPixels(png, ChartPalette.HexForRole(SeriesRole.Area)), Is.GreaterThan(50), "Malmö");
            Assert.That(CountPixels(png, ChartPalette.HexForRole(SeriesRole.County)), Is.Zero, "no county series in the sample");
        });
    }

    [Test]
    public void Missing_trend_value_is_a_gap_not_a_zero_on_the_axis()
    {
        // Every value and limit in the sample lies between 68 and 75.2; a null drawn as zero would pull the axis to 0.
        var ticks = ValueTicks(ChartRenderer.Render(ChartSamples.Trend(), ChartSamples.Options(ChartFormat.Svg)));

        Assert.That(ticks, Is.Not.Empty);
        Assert.That(ticks.Min(), Is.GreaterThan(60), string.Join(" | ", ticks));
    }

    [Test]
    public void Missing_women_value_is_a_gap_not_a_zero_on_either_axis()
    {
        // Values 68–74.5; gaps −6.5 and −3.5. A null as zero would put 0 on the upper axis or 74 on the lower one.
        var ticks = ValueTicks(ChartRenderer.Render(ChartSamples.SexGap(), ChartSamples.Options(ChartFormat.Svg)));

        Assert.Multiple(() =>
        {
            Assert.That(ticks.Where(tick => tick > 0).Min(), Is.GreaterThan(60), string.Join(" | ", ticks));
            Assert.That(ticks.Where(tick => tick < 60).Max(), Is.LessThan(10), string.Join(" | ", ticks));
        });
    }
}
