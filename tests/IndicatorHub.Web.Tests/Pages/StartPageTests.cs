using System.Net;

namespace IndicatorHub.Web.Tests.Pages;

public class StartPageTests
{
    [Test]
    public async Task The_start_page_shows_17_goal_tiles_in_official_colours_and_a_search_that_needs_no_script()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.That(Html.DocumentLang(html), Is.EqualTo("sv"));
        Assert.That(Html.Single(html, "h1").Text, Is.EqualTo("Agenda 2030 och jämlik hälsa"));
        Assert.That(Html.Elements(html, "li").Count(li => li["class"]?.StartsWith("sdg-tile", StringComparison.Ordinal) == true), Is.EqualTo(17));
        Assert.That(html, Does.Contain("background-color: #4C9F38; color: #111111;"), "goal 3 green takes near-black text");
        Assert.That(html, Does.Contain("background-color: #E5243B; color: #FFFFFF;"), "goal 1 red takes white text");
        Assert.That(Html.Elements(html, "span", "class", "sdg-tile-name").Select(s => s.Text), Does.Contain("Hälsa och välbefinnande"), "SCB's Swedish name");
        Assert.That(Html.Elements(html, "a").Single(a => a.Text.StartsWith("Mål 3 ", StringComparison.Ordinal))["href"], Is.EqualTo("/goals/3"));

        var search = Html.Elements(html, "form", "role", "search").Single();
        Assert.That((search["method"], search["action"]), Is.EqualTo(("get", "/search")));
        Assert.That(Html.Elements(search.InnerHtml, "label").Single().Text, Is.EqualTo("Sök kommun, region eller indikator"));
        Assert.That(html, Does.Not.Contain("<script"), "nothing on the page needs JavaScript");
        Assert.That(html, Does.Not.Contain("&#xF6;"), "Swedish letters are written as themselves, not as entities");
    }

    [Test]
    public async Task In_English_the_start_page_and_its_menu_are_English_and_the_choice_is_remembered()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var english = await client.GetStringAsync(new Uri("/?culture=en", UriKind.Relative));
        var next = await client.GetStringAsync(new Uri("/areas", UriKind.Relative));

        Assert.That(Html.DocumentLang(english), Is.EqualTo("en"));
        Assert.That(Html.Single(english, "h1").Text, Is.EqualTo("Agenda 2030 and health equity"));
        Assert.That(Html.Elements(english, "span", "class", "sdg-tile-name").Select(s => s.Text), Does.Contain("Good health and well-being"));
        var menu = Html.Elements(english, "nav")[0];
        Assert.That(Html.Elements(menu.InnerHtml, "a").Select(a => (a.Text, a["href"])), Is.EqualTo(new[]
        {
            ("Home", "/"), ("Municipalities and regions", "/areas"), ("Indicators", "/indicators"), ("Compare", "/compare"), ("Sources", "/sources"), ("Accessibility", "/accessibility"),
        }));
        Assert.That(Html.DocumentLang(next), Is.EqualTo("en"), "the cookie keeps English on the next page");
    }

    [Test]
    public async Task The_Swedish_menu_names_every_section_and_the_layout_has_a_skip_link()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var menu = Html.Elements(html, "nav")[0];
        Assert.That(menu["aria-label"], Is.EqualTo("Huvudmeny"));
        Assert.That(Html.Elements(menu.InnerHtml, "a").Select(a => a.Text), Is.EqualTo(new[] { "Start", "Kommuner och regioner", "Indikatorer", "Jämför", "Källor", "Tillgänglighet" }));
        Assert.That(Html.Elements(html, "a", "class", "skip-link").Single()["href"], Is.EqualTo("#main"));
        Assert.That(html, Does.Contain("<main id=\"main\""));
    }

    [Test]
    public async Task The_language_switch_keeps_the_path_and_query_and_names_its_language()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var swedish = await client.GetStringAsync(new Uri("/goals/3?area=0180", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/goals/3?area=0180&culture=en", UriKind.Relative));

        var toEnglish = Html.Elements(swedish, "a", "class", "language-switch").Single();
        var toSwedish = Html.Elements(english, "a", "class", "language-switch").Single();
        Assert.That((toEnglish.Text, toEnglish["lang"], toEnglish["href"]), Is.EqualTo(("English", "en", "/goals/3?area=0180&culture=en")));
        Assert.That((toSwedish.Text, toSwedish["lang"], toSwedish["href"]), Is.EqualTo(("Svenska", "sv", "/goals/3?area=0180&culture=sv")));
    }

    [Test]
    public async Task Goals_without_data_are_marked_as_blind_spots_and_tiles_keep_the_chosen_area()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();

        var all = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var malmo = await client.GetStringAsync(new Uri("/?area=1280", UriKind.Relative));

        Assert.That(Html.Elements(all, "span", "class", "sdg-badge").Select(b => b.Text), Does.Contain("Blind fläck: ingen indikator"));
        Assert.That(Html.Elements(malmo, "a").Single(a => a.Text.StartsWith("Mål 3 ", StringComparison.Ordinal))["href"], Is.EqualTo("/goals/3?area=1280"));
        Assert.That(Html.Elements(malmo, "option", "value", "1280").Single()["selected"], Is.EqualTo("selected"));
    }

    [Test]
    public async Task An_unknown_page_is_a_Swedish_or_English_404_with_a_way_back()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var swedish = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        using var english = await client.GetAsync(new Uri("/no-such-page?culture=en", UriKind.Relative));
        var sv = await swedish.Content.ReadAsStringAsync();
        var en = await english.Content.ReadAsStringAsync();

        Assert.That((swedish.StatusCode, english.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(Html.Single(sv, "h1").Text, Is.EqualTo("Sidan finns inte"));
        Assert.That(Html.Single(en, "h1").Text, Is.EqualTo("Page not found"));
        Assert.That(Html.DocumentLang(en), Is.EqualTo("en"));
        Assert.That(Html.Elements(Html.Single(sv, "main").InnerHtml, "a").Single(a => a.Text == "Till startsidan")["href"], Is.EqualTo("/"));
    }
}
