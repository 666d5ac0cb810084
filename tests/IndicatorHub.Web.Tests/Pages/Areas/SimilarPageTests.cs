using System.Net;

namespace IndicatorHub.Web.Tests.Pages.Areas;

public sealed class SimilarPageTests
{
    [Test]
    public async Task Lunds_seven_nearest_on_the_default_indicators_match_the_sample_files()
    {
        var year = SampleSimilarity.Year("1281", SampleSimilarity.DefaultIndicators);
        var expected = SampleSimilarity.Nearest("1281", year, SampleSimilarity.DefaultIndicators, [1, 1, 1]);
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1281/similar", UriKind.Relative));
        var table = PageHtml.TableAfter(html, "similar-caption");

        Assert.Multiple(() =>
        {
            Assert.That(expected, Has.Count.EqualTo(7));
            for (var i = 0; i < expected.Count; i++)
            {
                var cells = PageHtml.Cells(PageHtml.RowContaining(table, $"href=\"/areas/{expected[i].Area}\""));
                Assert.That(cells[0], Is.EqualTo((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), expected[i].Area);
                Assert.That(cells[2], Is.EqualTo(expected[i].Distance.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))), expected[i].Area);
            }

            Assert.That(html, Does.Contain($"De 7 kommuner som {year} liknar Lund mest"));
            Assert.That(html, Does.Contain("<th scope=\"col\""));
            Assert.That(html, Does.Contain("Σ wᵢ"), "the formula is on the page");
        });
    }

    [Test]
    public async Task Weights_change_the_answer_as_the_sample_files_say()
    {
        string[] indicators = ["N01982", "N03920"];
        var year = SampleSimilarity.Year("1280", indicators);
        var expected = SampleSimilarity.Nearest("1280", year, indicators, [1, 4], k: 3);
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri($"/areas/1280/similar?indicators=N01982,N03920&weights=1,4&k=3&year={year}&culture=en", UriKind.Relative));
        var table = PageHtml.TableAfter(html, "similar-caption");

        Assert.That(System.Text.RegularExpressions.Regex.Matches(table, "href=\"/areas/(\\d{4})\"").Select(m => m.Groups[1].Value),
            Is.EqualTo(expected.Select(e => e.Area)));
        Assert.That(html, Does.Contain("The 3 municipalities most similar to Malmö"));
        Assert.That(
            html,
            Does.Contain($"href=\"/compare?areas=1280,{string.Join(',', expected.Select(e => e.Area))}&amp;culture=en\""),
            "the similar municipalities are a benchmark group on /compare, Malmö first");
    }

    [TestCase("weights=0,1,1", "weights")]
    [TestCase("weights=1,2", "weights")]
    [TestCase("year=20x2", "year")]
    [TestCase("k=0", "k")]
    [TestCase("indicators=NOPE1", "indicators")]
    public async Task A_bad_field_is_a_400_naming_it(string query, string field)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri("/areas/1281/similar?" + query, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("role=\"alert\"").And.Contain(field + ":"));
    }

    [Test]
    public async Task An_unknown_area_is_404()
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri("/areas/9999/similar", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_profile_links_to_the_similar_municipalities()
    {
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/areas/1281", UriKind.Relative));

        Assert.That(html, Does.Contain("href=\"/areas/1281/similar\""));
    }
}
