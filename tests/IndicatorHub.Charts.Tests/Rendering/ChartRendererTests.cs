using System.Globalization;
using System.Xml.Linq;

namespace IndicatorHub.Charts.Tests.Rendering;

public class ChartRendererTests
{
    private static readonly object[] FramedCharts =
    [
        new object[] { "trend", (Func<ChartRenderOptions, byte[]>)(options => ChartRenderer.Render(ChartSamples.Trend(), options)), ChartSamples.Trend().Caption },
        new object[] { "sex gap", (Func<ChartRenderOptions, byte[]>)(options => ChartRenderer.Render(ChartSamples.SexGap(), options)), ChartSamples.SexGap().Caption },
        new object[] { "equiplot", (Func<ChartRenderOptions, byte[]>)(options => ChartRenderer.Render(ChartSamples.Equiplot(), options)), ChartSamples.Equiplot().Caption },
        new object[] { "ranking", (Func<ChartRenderOptions, byte[]>)(options => ChartRenderer.Render(ChartSamples.Ranking(), options)), ChartSamples.Ranking().Caption },
        new object[] { "histogram", (Func<ChartRenderOptions, byte[]>)(options => ChartRenderer.Render(ChartSamples.Histogram(), options)), ChartSamples.Histogram().Caption },
    ];

    [TestCaseSource(nameof(FramedCharts))]
    public void Png_at_screen_size_is_800_by_450(string chart, Func<ChartRenderOptions, byte[]> render, ChartCaption caption)
    {
        var png = render(ChartSamples.Options(ChartFormat.Png));

        Assert.That(ChartImageAssert.PngSize(png), Is.EqualTo((800, 450)), chart);
    }

    [TestCaseSource(nameof(FramedCharts))]
    public void Png_for_print_is_the_screen_layout_at_300_dpi(string chart, Func<ChartRenderOptions, byte[]> render, ChartCaption caption)
    {
        var png = render(ChartSamples.Options(ChartFormat.Png, ChartSize.Print));

        // 800 × 300/96 = 2500 and 450 × 300/96 = 1406.25; 300 dpi is 11 811 pixels per metre (300 / 0.0254).
        Assert.Multiple(() =>
        {
            Assert.That(ChartImageAssert.PngSize(png), Is.EqualTo((2500, 1406)), chart);
            Assert.That(ChartImageAssert.PngPixelsPerMetre(png), Is.EqualTo(11811u), chart);
        });
    }

    [TestCaseSource(nameof(FramedCharts))]
    public void Svg_is_well_formed_and_draws_title_and_footer(string chart, Func<ChartRenderOptions, byte[]> render, ChartCaption caption)
    {
        var svg = ChartImageAssert.Svg(render(ChartSamples.Options(ChartFormat.Svg)));
        var texts = ChartImageAssert.SvgTexts(svg);

        Assert.Multiple(() =>
        {
            Assert.That(texts, Does.Contain(caption.Title), chart);
            Assert.That(texts, Does.Contain("Malmö · 2018–2022 · Källa: Kolada (RKA)"), chart);
            Assert.That(svg.Root!.Elements().First().Name.LocalName, Is.EqualTo("title"), chart);
            Assert.That(svg.Root!.Elements().First().Value, Is.EqualTo(caption.Title), chart);
        });
    }

    [Test]
    public void Svg_draws_the_unit_as_an_axis_label()
    {
        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(ChartSamples.Trend(), ChartSamples.Options(ChartFormat.Svg))));

        Assert.That(texts, Does.Contain("Procent"));
    }

    [Test]
    public void Svg_draws_every_legend_label()
    {
        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(ChartSamples.SexGap(), ChartSamples.Options(ChartFormat.Svg))));

        Assert.That(texts, Is.SupersetOf(new[] { "Kvinnor", "Män", "Skillnad kvinnor − män" }));
    }

    [Test]
    public void Ranking_svg_names_the_marks_and_riket_in_text()
    {
        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(ChartSamples.Ranking(), ChartSamples.Options(ChartFormat.Svg))));

        Assert.That(texts, Is.SupersetOf(new[] { "Malmö", "Övriga i Skåne län", "Riket", "Malmö 70", "Riket 71" }));
    }

    [Test]
    public void Histogram_svg_names_the_chosen_municipality_riket_and_the_count_axis_in_text()
    {
        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(ChartSamples.Histogram(), ChartSamples.Options(ChartFormat.Svg))));

        Assert.That(texts, Is.SupersetOf(new[] { "Malmö", "Riket", "Malmö 70", "Riket 71", "Antal kommuner", "Procent" }));
    }

    [Test]
    public void Title_that_does_not_fit_wraps_instead_of_running_off_the_image()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("Andel invånare med bra självskattad hälsa", 3));
        var data = ChartSamples.Trend() with { Caption = ChartSamples.Caption(longTitle) };

        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(data, ChartSamples.Options(ChartFormat.Svg))));

        var titleLines = texts.Where(text => text.Length > 20 && longTitle.Contains(text, StringComparison.Ordinal)).ToList();
        Assert.That(titleLines, Has.Count.EqualTo(2));
        Assert.That(string.Join(' ', titleLines), Is.EqualTo(longTitle));
    }

    [Test]
    public void Axis_numbers_use_the_swedish_minus_and_group_separator()
    {
        var points = Enumerable.Range(2000, 10)
            .Select(year => new TrendPoint(year, year.ToString(CultureInfo.InvariantCulture), -5000 + 2000.0 * (year - 2000), null, null))
            .ToList();
        var data = new TrendChartData(ChartSamples.Caption(), [new TrendSeries("Malmö", SeriesRole.Area, points)]);

        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(data, ChartSamples.Options(ChartFormat.Svg))));

        // Values run from −5 000 to 13 000, so the axis has negative ticks and ticks in the thousands.
        Assert.Multiple(() =>
        {
            Assert.That(texts.Any(text => text.StartsWith('\u2212') && text.Contains('\u00A0', StringComparison.Ordinal)), Is.True, string.Join(" | ", texts));
            Assert.That(texts.Any(text => text.StartsWith('-')), Is.False, "no hyphen-minus");
        });
    }

    [Test]
    public void Axis_numbers_follow_the_culture_given()
    {
        var points = Enumerable.Range(2000, 5)
            .Select(year => new TrendPoint(year, year.ToString(CultureInfo.InvariantCulture), -0.5 + 0.25 * (year - 2000), null, null))
            .ToList();
        var data = new TrendChartData(ChartSamples.Caption(), [new TrendSeries("Malmö", SeriesRole.Area, points)]);
        var options = new ChartRenderOptions(ChartFormat.Svg, ChartSize.Screen, CultureInfo.InvariantCulture);

        var texts = ChartImageAssert.SvgTexts(ChartImageAssert.Svg(ChartRenderer.Render(data, options)));

        Assert.That(texts.Any(text => text.StartsWith("-0.", StringComparison.Ordinal)), Is.True, string.Join(" | ", texts));
    }

    [Test]
    public void Trend_with_a_null_point_renders_in_both_formats()
    {
        var data = ChartSamples.Trend();
        Assert.That(data.Series[0].Points.Any(point => point.Value is null), Is.True, "the sample has a gap");

        Assert.Multiple(() =>
        {
            Assert.That(ChartImageAssert.PngSize(ChartRenderer.Render(data, ChartSamples.Options(ChartFormat.Png))), Is.EqualTo((800, 450)));
            Assert.DoesNotThrow(() => ChartImageAssert.Svg(ChartRenderer.Render(data, ChartSamples.Options(ChartFormat.Svg))));
        });
    }

    [Test]
    public void Charts_without_any_data_still_render_their_frame()
    {
        var caption = ChartSamples.Caption("Inga värden");
        var options = ChartSamples.Options(ChartFormat.Svg);
        byte[][] images =
        [
            ChartRenderer.Render(new TrendChartData(caption, []), options),
            ChartRenderer.Render(new TrendChartData(caption, [new TrendSeries("Malmö", SeriesRole.Area, [new TrendPoint(2020, "2020", null, null, null)])]), options),
            ChartRenderer.Render(new SexGapChartData(caption, "Kvinnor", "Män", "Skillnad", []), options),
            ChartRenderer.Render(new EquiplotChartData(caption, ["A", "B"], []), options),
            ChartRenderer.Render(new RankingChartData(caption, [], null, "Riket", true), options),
        ];

        Assert.That(images.Select(svg => ChartImageAssert.SvgTexts(ChartImageAssert.Svg(svg)).Contains("Inga värden")), Is.All.True);
    }

    [Test]
    public void Spine_png_is_a_small_strip_scaled_for_print()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ChartImageAssert.PngSize(ChartRenderer.Render(ChartSamples.Spine(), ChartSamples.Options(ChartFormat.Png))), Is.EqualTo((240, 28)));
            Assert.That(ChartImageAssert.PngSize(ChartRenderer.Render(ChartSamples.Spine(), ChartSamples.Options(ChartFormat.Png, ChartSize.Print))), Is.EqualTo((750, 88)));
        });
    }

    [Test]
    public void Spine_svg_has_the_label_as_title_and_no_caption()
    {
        var svg = ChartImageAssert.Svg(ChartRenderer.Render(ChartSamples.Spine() with { Description = "Malmö 40, riket 50" }, ChartSamples.Options(ChartFormat.Svg)));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Multiple(() =>
        {
            Assert.That(svg.Root!.Element(ns + "title")?.Value, Is.EqualTo("Bra självskattad hälsa"));
            Assert.That(svg.Root!.Element(ns + "desc")?.Value, Is.EqualTo("Malmö 40, riket 50"));
            Assert.That(ChartImageAssert.SvgTexts(svg), Is.Empty);
        });
    }
}
