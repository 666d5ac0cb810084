using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace IndicatorHub.Web.Tests.Pages.Indicators;

public class IndicatorPageTests
{
    [Test]
    public async Task The_ranking_places_Malmo_as_the_sample_file_does()
    {
        var values = SampleValues.Totals("N00923");
        const string year = "2020";
        var municipalities = values.Where(v => v.Key.Year == year && SampleValues.IsMunicipality(v.Key.Area)).ToList();
        var malmo = values[("1280", year)];
        var better = municipalities.Count(v => v.Value > malmo);
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri($"/indicators/N00923?period={year}&area=1280", UriKind.Relative));
        var match = Regex.Match(html, $"Malmö hade {Regex.Escape(SampleValues.Shown(malmo))}&#xA0;år {year}, plats (\\d+) av (\\d+) kommuner");

        Assert.Multiple(() =>
        {
            Assert.That(match.Success, Is.True, "the ranking summary names Malmö's value");
            Assert.That(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(municipalities.Count));
            Assert.That(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(better + 1), "equal values share a rank");
            Assert.That(html, Does.Contain("Högre värde är bättre"));
            Assert.That(html, Does.Contain("Mål 3 Hälsa och välbefinnande"), "the SDG mapping");
            Assert.That(html, Does.Contain("Ginikoefficient"), "inequality between municipalities");
            Assert.That(html, Does.Contain("Fördelning över tid"));
        });
    }

    [Test]
    public async Task The_page_shows_the_histogram_with_its_summary_and_inequality_between_all_municipalities()
    {
        var values = SampleValues.Totals("N00923");
        const string year = "2020";
        var municipalities = values.Count(v => v.Key.Year == year && SampleValues.IsMunicipality(v.Key.Area));
        var periods = values.Keys.Where(k => SampleValues.IsMunicipality(k.Area)).Select(k => k.Year).Distinct().Count();
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri($"/indicators/N00923?period={year}&area=1280", UriKind.Relative));
        var summary = Regex.Match(html, $"{year} låg flest kommuner, (\\d+) av (\\d+), mellan .*?; Malmö hade {Regex.Escape(SampleValues.Shown(values[("1280", year)]))}&#xA0;år \\(riket");
        var all = PageHtml.TableAfter(html, "between-all-caption");
        var gini = PageHtml.Cells(PageHtml.RowContaining(all, "Ginikoefficient"));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("/charts/indicators/N00923/distribution.svg?period=2020&amp;area=1280"));
            Assert.That(summary.Success, Is.True, "the histogram's sentence names the fullest bin and Malmö's value");
            Assert.That(summary.Groups[2].Value, Is.EqualTo(municipalities.ToString(CultureInfo.InvariantCulture)), "all municipalities counted");
            Assert.That(gini, Has.Count.EqualTo(1 + periods), "a Gini per period with municipal values");
            Assert.That(gini.Skip(1).Count(c => c != "–" && c.Length > 0), Is.GreaterThan(0), "computed where the population is in the store");
        });
    }

    [Test]
    public async Task The_indicator_page_is_in_English_with_culture_en()
    {
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/indicators/N00923?culture=en", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("About the indicator"));
            Assert.That(html, Does.Contain("Higher is better"));
            Assert.That(html, Does.Contain("municipalities ranged from"));
        });
    }

    [Test]
    public async Task A_network_chosen_with_network_is_the_group_the_inequality_is_measured_in()
    {
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/indicators/N00923?network=healthy-cities-sverige-exempel", UriKind.Relative));

        Assert.That(html, Does.Contain("Healthy Cities Sverige (exempel)"));
    }

    [TestCase("/indicators/N00923?period=%3Cscript%3E&area=%00&group=nowhere")]
    [TestCase("/indicators/N00923?period=2022&period=2021")]
    [TestCase("/indicators/n00923")]
    public async Task Malformed_query_values_are_ignored(string path)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unknown_indicator_is_a_Swedish_404()
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri("/indicators/NOPE", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Sidan finns inte"));
    }
}
