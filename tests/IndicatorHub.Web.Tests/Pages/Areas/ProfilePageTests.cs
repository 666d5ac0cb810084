using System.Net;

namespace IndicatorHub.Web.Tests.Pages.Areas;

public class ProfilePageTests
{
    private static (string Year, double Malmo, double Riket) LatestLifeExpectancyMen()
    {
        var values = SampleValues.Totals("N00923");
        var year = values.Keys.Where(k => k.Area == "1280").Max(k => k.Year)!;
        return (year, values[("1280", year)], values[("0000", year)]);
    }

    [Test]
    public async Task Malmo_profile_shows_the_latest_value_and_riket_from_the_sample_file()
    {
        var (year, malmo, riket) = LatestLifeExpectancyMen();
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1280", UriKind.Relative));
        var cells = PageHtml.Cells(PageHtml.RowContaining(html, "<code>N00923</code>"));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>Malmö"));
            Assert.That(html, Does.Contain("Mål 3 Hälsa och välbefinnande"), "grouped by the primary goal");
            Assert.That(cells[1], Is.EqualTo($"{SampleValues.Shown(malmo)}&#xA0;år ({year})"));
            Assert.That(cells[4], Is.EqualTo(SampleValues.Shown(riket)), "riket's value for the same year");
            Assert.That(html, Does.Contain("Relativt är inte detsamma som bra"));
            Assert.That(html, Does.Contain($"/charts/areas/1280/indicators/N00923/spine.svg"));
            Assert.That(html, Does.Contain("Kommungruppens värde är medelvärdet"));
        });
    }

    [Test]
    public async Task The_comparison_is_Malmos_quarter_among_the_municipalities_in_the_sample_file()
    {
        var (year, malmo, _) = LatestLifeExpectancyMen();
        var sorted = SampleValues.Totals("N00923").Where(v => v.Key.Year == year && SampleValues.IsMunicipality(v.Key.Area))
            .Select(v => v.Value).Order().ToArray();
        // Type-7 quartiles by hand: h = (n − 1) p, interpolating between the neighbours; the quartiles belong to the middle half.
        double Quantile(double p)
        {
            var h = (sorted.Length - 1) * p;
            var low = (int)Math.Floor(h);
            return low + 1 < sorted.Length ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
        }

        var expected = malmo > Quantile(0.75) ? "▲ Bästa fjärdedelen av kommunerna"
            : malmo < Quantile(0.25) ? "▼ Sämsta fjärdedelen av kommunerna"
            : "● Mittersta hälften av kommunerna";
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1280", UriKind.Relative));
        var cells = PageHtml.Cells(PageHtml.RowContaining(html, "<code>N00923</code>"));

        Assert.That(cells[8], Is.EqualTo(expected), "life expectancy: higher is better");
    }

    [Test]
    public async Task The_profile_is_in_English_with_culture_en()
    {
        var (year, malmo, _) = LatestLifeExpectancyMen();
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1280?culture=en", UriKind.Relative));
        var cells = PageHtml.Cells(PageHtml.RowContaining(html, "<code>N00923</code>"));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<html lang=\"en\""));
            Assert.That(html, Does.Contain("Latest value"));
            Assert.That(html, Does.Contain("Goal 3 Good health and well-being"));
            Assert.That(cells[1], Is.EqualTo($"{SampleValues.Shown(malmo, "en-GB")}&#xA0;år ({year})"));
            Assert.That(html, Does.Contain("Relative is not the same as good"));
        });
    }

    [TestCase("0012", "Skåne län")]
    [TestCase("12", "Skåne län")]
    [TestCase("00", "Riket")]
    [TestCase("0000", "Riket")]
    public async Task Regions_and_riket_have_profiles_under_SCB_and_Kolada_codes(string code, string name)
    {
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/" + code, UriKind.Relative));

        Assert.That(html, Does.Contain("<h1>" + name));
    }

    [TestCase("/areas/9999")]
    [TestCase("/areas/%3Cscript%3E")]
    public async Task An_unknown_area_is_a_Swedish_404_with_a_way_back(string path)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(html, Does.Contain("Sidan finns inte"));
            Assert.That(html, Does.Contain("href=\"/\""));
        });
    }
}
