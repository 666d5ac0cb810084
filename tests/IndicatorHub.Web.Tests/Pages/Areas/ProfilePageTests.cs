using System.Net;
using System.Text.RegularExpressions;

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

    [Test]
    public async Task A_search_keeps_the_matching_indicators_and_says_how_many_of_the_areas()
    {
        using var client = SharedFactory.Client();
        var all = await client.GetStringAsync(new Uri("/areas/1280", UriKind.Relative));
        var count = IndicatorsWithData(all);

        var html = await client.GetStringAsync(new Uri("/areas/1280?q=n00923", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(html, "<th scope=\"row\">"), Is.EqualTo(1), "one indicator row");
            Assert.That(PageHtml.RowContaining(html, "<code>N00923</code>"), Is.Not.Empty);
            Assert.That(html, Does.Contain($"Visar indikator 1–1 av 1 (av områdets {count})."));
            Assert.That(html, Does.Contain("href=\"/areas/1280\">Visa alla</a>"));
            Assert.That(all, Does.Contain($"Visar indikator 1–{count} av {count}."), "every indicator fits one page of the samples");
            Assert.That(all, Does.Not.Contain("class=\"pager\""));
        });
    }

    [Test]
    public async Task A_goal_keeps_that_goals_section_and_the_choice_counts_each_goals_indicators()
    {
        using var client = SharedFactory.Client();
        var all = await client.GetStringAsync(new Uri("/areas/1280", UriKind.Relative));
        var goal3 = Regex.Count(PageHtml.TableAfter(all, "goal-3"), "<th scope=\"row\">");

        var html = await client.GetStringAsync(new Uri("/areas/1280?goal=3", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(goal3, Is.GreaterThan(0));
            Assert.That(Regex.Count(html, "<h2 id=\"goal-"), Is.EqualTo(1));
            Assert.That(html, Does.Contain("<h2 id=\"goal-3\">Mål 3 Hälsa och välbefinnande</h2>"));
            Assert.That(Regex.Count(html, "<th scope=\"row\">"), Is.EqualTo(goal3));
            Assert.That(html, Does.Contain($"<option value=\"3\" selected=\"selected\">Mål 3 Hälsa och välbefinnande ({goal3})</option>"));
        });
    }

    [TestCase("/areas/1280?goal=18", "Mål 18 finns inte")]
    [TestCase("/areas/1280?goal=-1&culture=en", "There is no goal -1")]
    public async Task A_goal_that_does_not_exist_is_a_400_with_the_reason_above_the_whole_profile(string path, string reason)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain(reason));
            Assert.That(html, Does.Contain("<code>N00923</code>"), "the profile is shown unfiltered");
        });
    }

    [Test]
    public async Task A_search_without_a_match_says_so()
    {
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1280?q=zzzz", UriKind.Relative));

        Assert.That(html, Does.Contain("Ingen indikator matchar valet."));
        Assert.That(html, Does.Not.Contain("<th scope=\"row\">"));
    }

    private static int IndicatorsWithData(string html) =>
        int.Parse(Regex.Match(html, "Indikatorer med data</dt><dd>([0-9]+)</dd>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

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
