using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IndicatorHub.Web.Tests.Pages;

public class SearchPageTests
{
    [TestCase("Malmö", "/areas/1280")]
    [TestCase("malmö", "/areas/1280")]
    [TestCase("1280", "/areas/1280")]
    [TestCase("Skåne län", "/areas/12")]
    [TestCase("N00923", "/indicators/N00923")]
    [TestCase("n00923", "/indicators/N00923")]
    [TestCase("Medellivslängd män", "/indicators/N00923")]
    public async Task A_single_match_goes_straight_to_its_page(string query, string target)
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(target));
    }

    [Test]
    public async Task Several_matches_are_listed_with_links_in_Swedish_and_English()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();

        // Both life expectancy KPIs of the samples have "Medellivslängd" in their Swedish title.
        var swedish = await client.GetStringAsync(new Uri("/search?q=Medellivsl%C3%A4ngd", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/search?q=Medellivsl%C3%A4ngd&culture=en", UriKind.Relative));

        var links = Html.Elements(swedish, "ul", "class", "search-indicators").Single();
        Assert.That(Html.Elements(links.InnerHtml, "a").Select(a => a["href"]), Is.SupersetOf(new[] { "/indicators/N00923", "/indicators/N00925" }));
        Assert.That(Html.Elements(swedish, "p", "role", "status").Single().Text, Does.EndWith("träffar för ”Medellivslängd”."));
        Assert.That(Html.Elements(english, "h2").Select(h => h.Text), Is.EqualTo(new[] { "Indicators" }));
        Assert.That(Html.Elements(english, "p", "role", "status").Single().Text, Does.EndWith("matches for “Medellivslängd”."));
    }

    [Test]
    public async Task Areas_matching_part_of_a_name_are_listed_with_links_to_their_profiles()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        // "Stockholm" is a municipality and also part of "Stockholms län"; "stockh" names neither exactly.
        var html = await client.GetStringAsync(new Uri("/search?q=stockh", UriKind.Relative));

        var areas = Html.Elements(Html.Elements(html, "ul", "class", "search-areas").Single().InnerHtml, "a");
        Assert.That(areas.Select(a => (a.Text, a["href"])), Is.SupersetOf(new[] { ("Stockholm", "/areas/0180"), ("Stockholms län", "/areas/01") }));
    }

    [Test]
    public async Task Nothing_found_says_so_and_an_empty_search_asks_for_text()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var none = await client.GetStringAsync(new Uri("/search?q=Atlantis", UriKind.Relative));
        var empty = await client.GetStringAsync(new Uri("/search?q=", UriKind.Relative));
        var englishNone = await client.GetStringAsync(new Uri("/search?q=Atlantis&culture=en", UriKind.Relative));

        Assert.That(Html.Elements(none, "p", "role", "status").Single().Text, Is.EqualTo("Inget hittades för ”Atlantis”."));
        Assert.That(Html.Elements(englishNone, "p", "role", "status").Single().Text, Is.EqualTo("Nothing found for “Atlantis”."));
        Assert.That(Html.Elements(empty, "p", "role", "status").Single().Text, Is.EqualTo("Skriv ett namn eller en kod att söka efter."));
        Assert.That(none, Does.Contain("value=\"Atlantis\""), "the search box keeps the text");
    }
}
