using System.Net;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Pages.Sdg;

public class SdgPagesTests
{
    [Test]
    public async Task The_overview_shows_17_tiles_in_official_colours_with_computed_text_colours()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/sdg", UriKind.Relative));

        Assert.That(html, Does.Contain("<h1>Agenda 2030: de 17 globala målen</h1>"));
        Assert.That(Count(html, "<li class=\"sdg-tile"), Is.EqualTo(17));
        Assert.That(html, Does.Contain("background-color: #4C9F38; color: #111111;"), "goal 3 green takes near-black text");
        Assert.That(html, Does.Contain("background-color: #E5243B; color: #FFFFFF;"), "goal 1 red takes white text");
        Assert.That(html, Does.Contain("<span class=\"sdg-tile-name\" lang=\"sv\">Hälsa och välbefinnande</span>"), "SCB's Swedish name");
        Assert.That(html, Does.Contain("<a href=\"/sdg\">Agenda 2030</a>"), "linked from the main menu");
    }

    [Test]
    public async Task Goals_without_data_are_marked_as_blind_spots_and_counts_come_from_the_store()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);

        var html = await client.GetStringAsync(new Uri("/sdg", UriKind.Relative));

        // Goal 3: 20 curated indicators, N00923 has data for 0180 and 1280 in its latest years; goal 2 has no mapping.
        Assert.That(html, Does.Contain("27 indikatorer,\n                1 med data"));
        Assert.That(html, Does.Contain("2 kommuner med data"));
        Assert.That(html, Does.Contain("Blind fläck: ingen indikator"));
        Assert.That(html, Does.Contain("Blind fläck: inga aktuella data"), "goal 1 is mapped but its KPIs are not imported");
    }

    [Test]
    public async Task A_goal_page_lists_targets_with_language_marked_and_mapped_indicators_with_source_and_primary_flag()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);

        var goal3 = await client.GetStringAsync(new Uri("/sdg/3", UriKind.Relative));
        var goal10 = await client.GetStringAsync(new Uri("/sdg/10", UriKind.Relative));

        Assert.That(goal3, Does.Contain("<h1 lang=\"sv\">Mål 3 Hälsa och välbefinnande</h1>"));
        Assert.That(goal3, Does.Contain("<th scope=\"row\">3.4</th>"));
        Assert.That(goal3, Does.Contain("<th scope=\"row\"><code>N00923</code></th>"));
        Assert.That(goal3, Does.Contain("<td>Medellivslängd män, år</td>"));
        Assert.That(goal3, Does.Contain("<td>Kurerad</td>"));
        Assert.That(goal3, Does.Contain("<td>Finns inte i databasen än</td>"), "curated KPIs not imported yet are listed");
        Assert.That(goal3, Does.Contain("<caption>"));
        Assert.That(goal10, Does.Match("<td lang=\"en\">[^<]+</td>"), "targets without a Swedish heading show the English text marked as English");
    }

    [Test]
    public async Task For_one_municipality_the_goal_page_says_which_indicators_have_recent_data_and_which_targets_are_blind()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);

        var stockholm = await client.GetStringAsync(new Uri("/sdg/3?area=0180", UriKind.Relative));
        var vasby = await client.GetStringAsync(new Uri("/sdg/3?area=0114", UriKind.Relative));

        Assert.That(stockholm, Does.Contain("Visar Stockholm."));
        Assert.That(stockholm, Does.Contain("<option value=\"0180\" selected=\"selected\">Stockholm (0180)</option>"));
        Assert.That(stockholm, Does.Match(@"<code>N00923</code></th>\s*<td>Medellivslängd män, år</td>\s*<td>3.4</td>\s*<td>Ja</td>\s*<td>Kolada</td>\s*<td>2023</td>"));
        Assert.That(stockholm, Does.Contain("1 av 27 kopplade indikatorer har aktuella data."));
        Assert.That(vasby, Does.Contain("Målet är en blind fläck för Upplands Väsby"), "its only value is from 2015");
        Assert.That(vasby, Does.Match(@"<code>N00923</code></th>\s*<td>Medellivslängd män, år</td>\s*<td>3.4</td>\s*<td>Ja</td>\s*<td>Kolada</td>\s*<td>Saknas</td>"));
    }

    [Test]
    public async Task An_unknown_area_is_explained_and_an_unknown_goal_is_404()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/sdg?area=Atlantis", UriKind.Relative));
        using var response = await client.GetAsync(new Uri("/sdg/18", UriKind.Relative));

        Assert.That(html, Does.Contain("Det finns ingen kommun som heter eller har koden ”Atlantis”"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>N00923 (curated → 3.4): Stockholm 2021-2023, Malmö 2023, Upplands Väsby only 2015 (too old).</summary>
    [Test]
    public async Task For_one_municipality_each_indicator_shows_its_progress_towards_2030_in_words()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);
        var store = factory.Services.GetRequiredService<IndicatorStore>();
        using (var writer = store.BeginImport(new ImportBatchStart("smoking.csv", "long-csv", "s")))
        {
            writer.MergeIndicator(new Indicator("U01402", "Invånare 16-84 år som röker dagligen, andel (%)"));
            writer.Areas.TryResolve("0180", out var stockholm, out _);
            writer.WriteObservation(writer.ResolveIndicator("U01402"), stockholm, "2015", "total", "total", new ObservationValues(10));
            writer.WriteObservation(writer.ResolveIndicator("U01402"), stockholm, "2019", "total", "total", new ObservationValues(8));
            writer.Finish(2, 0, keepGoodRows: false, dryRun: false);
        }

        var stockholmPage = await client.GetStringAsync(new Uri("/sdg/3?area=0180", UriKind.Relative));
        var allPage = await client.GetStringAsync(new Uri("/sdg/3", UriKind.Relative));

        Assert.That(stockholmPage, Does.Contain("<th scope=\"col\">Framsteg mot 2030</th>"));

        // U01402 (curated: lower is better, target 5 by 2025): (8/10)^(1/4) − 1 = −5.4 %/year against the required
        // (5/10)^(1/10) − 1 = −6.7 %/year, R = 0.81: acceleration needed.
        Assert.That(stockholmPage, Does.Match(
            @"<code>U01402</code></th>\s*<td>Invånare[^<]*</td>\s*<td>3\.a</td>(?:\s*<td>[^<]*</td>){3}\s*<td class=""sdg-progress sdg-progress-accelerationneeded""><strong>Behöver accelereras</strong> <span class=""sdg-progress-detail"">2015–2019: \W5,4 % per år; krävs \W6,7 % per år för att nå målvärdet 5 år 2025\.</span></td>"));

        // N00923 (higher is better, no target): 81 in 2021–2023 is 0 %/year, below 0.5 %: limited progress.
        Assert.That(stockholmPage, Does.Contain("<strong>Begränsade framsteg</strong> <span class=\"sdg-progress-detail\">2021–2023: 0,0 % per år (högre är bättre)"));
        Assert.That(stockholmPage, Does.Match(@"(?s)<code>N00925</code>(?:(?!</tr>).)*<strong>Kan inte bedömas</strong> <span class=""sdg-progress-detail"">Indikatorn finns inte i databasen än\.</span>"));
        Assert.That(allPage, Does.Not.Contain("Framsteg mot 2030"), "progress is per area; all municipalities shows coverage only");
    }

    private static void SeedLifeExpectancy(IndicatorHubFactory factory)
    {
        var store = factory.Services.GetRequiredService<IndicatorStore>();
        using var writer = store.BeginImport(new ImportBatchStart("test.csv", "long-csv", "t"));
        writer.MergeIndicator(new Indicator("N00923", "Medellivslängd män, år"));
        var rows = new[] { ("0180", "2021"), ("0180", "2022"), ("0180", "2023"), ("1280", "2023"), ("0114", "2015") };
        foreach (var (area, period) in rows)
        {
            writer.Areas.TryResolve(area, out var id, out _);
            writer.WriteObservation(writer.ResolveIndicator("N00923"), id, period, "total", "total", new ObservationValues(81.0));
        }

        writer.Finish(rows.Length, 0, keepGoodRows: false, dryRun: false);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
