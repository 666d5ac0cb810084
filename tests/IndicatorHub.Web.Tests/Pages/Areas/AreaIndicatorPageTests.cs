using System.Net;

namespace IndicatorHub.Web.Tests.Pages.Areas;

public class AreaIndicatorPageTests
{
    [Test]
    public async Task The_trend_table_holds_every_year_of_Malmo_from_the_sample_file_and_the_summary_says_the_latest()
    {
        var values = SampleValues.Totals("N00923");
        var years = values.Keys.Where(k => k.Area == "1280").Select(k => k.Year).Order(StringComparer.Ordinal).ToList();
        var latest = years[^1];
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1280/indicators/N00923", UriKind.Relative));
        var table = PageHtml.TableAfter(html, "trend-caption");

        Assert.Multiple(() =>
        {
            foreach (var year in years)
            {
                var cells = PageHtml.Cells(PageHtml.RowContaining(table, $"<th scope=\"row\">{year}</th>"));
                Assert.That(cells[1], Is.EqualTo(SampleValues.Shown(values[("1280", year)])), year);
            }

            Assert.That(html, Does.Contain(
                $"i Malmö var {SampleValues.Shown(values[("1280", latest)])}&#xA0;år {latest} (riket {SampleValues.Shown(values[("0000", latest)])}&#xA0;år)."));
            Assert.That(html, Does.Contain("href=\"/sources/"), "each value's batch is linked");
            Assert.That(html, Does.Contain("/charts/areas/1280/indicators/N00923/trend.png"));
            Assert.That(html, Does.Contain("/charts/areas/1280/indicators/N00923/trend.png?size=print"));
        });
    }

    [Test]
    public async Task Women_and_men_come_from_the_by_gender_file_in_Swedish_and_English()
    {
        var values = SampleValues.ByGender("N03920");
        var latest = values.Keys.Where(k => k.Area == "1280" && k.Gender == "K").Max(k => k.Year)!;
        var women = values[("1280", latest, "K")];
        var men = values[("1280", latest, "M")];
        using var client = SharedFactory.Client();

        var sv = await client.GetStringAsync(new Uri("/areas/1280/indicators/N03920", UriKind.Relative));
        var en = await client.GetStringAsync(new Uri("/areas/1280/indicators/N03920?culture=en", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(sv, Does.Contain($"I Malmö var värdet {SampleValues.Shown(women)}&#xA0;% för kvinnor och {SampleValues.Shown(men)}&#xA0;% för män {latest}"));
            Assert.That(en, Does.Contain($"In Malmö the value was {SampleValues.Shown(women, "en-GB")}&#xA0;% for women and {SampleValues.Shown(men, "en-GB")}&#xA0;% for men in {latest}"));
        });
    }

    [Test]
    public async Task Turnout_has_the_equiplots_and_HEATs_measures_explained()
    {
        var quintile1 = SampleValues.Totals("N65870");
        var latest = quintile1.Keys.Where(k => k.Area == "1280").Max(k => k.Year)!;
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1280/indicators/N05401", UriKind.Relative));
        var table = PageHtml.TableAfter(html, "equiplot-income_quintile-caption");
        var cells = PageHtml.Cells(PageHtml.RowContaining(table, $"<th scope=\"row\">{latest}</th>"));

        Assert.Multiple(() =>
        {
            Assert.That(cells[1], Is.EqualTo(SampleValues.Shown(quintile1[("1280", latest)])));
            Assert.That(html, Does.Contain("equiplot/education.svg"));
            Assert.That(html, Does.Contain("Lutningsindex (SII)"));
            Assert.That(html, Does.Contain("1 betyder ingen skillnad"), "each measure has a sentence with its sign convention");
        });
    }

    [TestCase("/areas/1280/indicators/NOPE")]
    [TestCase("/areas/9999/indicators/N00923")]
    public async Task Unknown_area_or_indicator_is_a_404(string path)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Sidan finns inte"));
    }
}
