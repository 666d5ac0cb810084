using System.Net;

namespace IndicatorHub.Web.Tests.Pages;

public class IndexPageTests
{
    [Test]
    public async Task A_new_database_is_seeded_from_samples_and_the_overview_lists_it()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.That(html, Does.Contain("<h1>Översikt</h1>"), "Swedish letters are written as themselves, not as entities");
        Assert.That(html, Does.Contain("Medellivslängd män, år"), "KPI metadata from samples/kolada was imported");
        Assert.That(html, Does.Contain("<code>N65870</code>"));
        Assert.That(html, Does.Not.Contain("&#xF6;"));
    }

    [Test]
    public async Task The_overview_prints_counts_the_Swedish_way()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // 290 municipalities is too small for a thousands separator; the value count is not.
        Assert.That(html, Does.Contain("<strong>290</strong> kommuner"));
        // HtmlEncoder always writes U+00A0 as a character reference, which the browser shows as a no-break space.
        Assert.That(html, Does.Match(@"<strong>\d{1,3}(&#xA0;\d{3})+</strong> värden"), "thousands separated by a no-break space");
    }

    [Test]
    public async Task An_empty_database_says_how_to_import()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.That(html, Does.Contain("indicatorhub import FIL"));
        Assert.That(html, Does.Contain("Inga importer än."));
    }

    [Test]
    public async Task An_unknown_page_is_a_Swedish_404()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Sidan finns inte"));
    }
}
