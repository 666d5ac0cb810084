using System.Globalization;
using System.Net;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Pages.Goals;

public class GoalPageTests
{
    [Test]
    public async Task A_goal_page_lists_targets_with_language_marked_and_mapped_indicators_with_source_and_primary_flag()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);

        var goal3 = await client.GetStringAsync(new Uri("/goals/3", UriKind.Relative));
        var goal10 = await client.GetStringAsync(new Uri("/goals/10", UriKind.Relative));

        Assert.That(Html.Single(goal3, "h1").Text, Is.EqualTo("Mål 3 Hälsa och välbefinnande"));
        Assert.That(Html.Row(goal3, "3.4"), Has.Count.EqualTo(6), "target, heading, indicators, with data, municipalities, status");
        Assert.That(Html.Row(goal3, "N00923").Take(5), Is.EqualTo(new[] { "N00923", "Medellivslängd män, år", "3.4", "Ja", "Kolada" }));
        Assert.That(Html.Rows(goal3).Any(r => r.Count > 1 && r[1] == "Finns inte i databasen än"), Is.True, "curated KPIs not imported yet are listed");
        Assert.That(Html.Elements(goal3, "caption"), Has.Count.EqualTo(2));
        Assert.That(Html.Elements(goal10, "td").Any(td => td["lang"] == "en"), Is.True, "targets without a Swedish heading show the English text marked as English");
        Assert.That(Html.Elements(goal3, "a").Any(a => a["href"] == "/indicators/N00923"), Is.True, "each indicator links to its page");
    }

    [Test]
    public async Task In_English_the_goal_page_uses_the_UN_names_and_English_headings()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);

        var html = await client.GetStringAsync(new Uri("/goals/3?culture=en", UriKind.Relative));

        Assert.That(Html.DocumentLang(html), Is.EqualTo("en"));
        Assert.That(Html.Single(html, "h1").Text, Does.StartWith("Goal 3"));
        Assert.That(Html.Elements(html, "h2").Select(h => h.Text), Is.EqualTo(new[] { "Targets", "Indicators" }));
        Assert.That(Html.Row(html, "N00923").Take(5), Is.EqualTo(new[] { "N00923", "Medellivslängd män, år", "3.4", "Yes", "Kolada" }));
        Assert.That(Html.Text(html), Does.Contain("Showing all municipalities."));
    }

    [Test]
    public async Task For_one_municipality_the_goal_page_says_which_indicators_have_recent_data_and_which_targets_are_blind()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        SeedLifeExpectancy(factory);

        var stockholm = await client.GetStringAsync(new Uri("/goals/3?area=0180", UriKind.Relative));
        var vasby = await client.GetStringAsync(new Uri("/goals/3?area=0114", UriKind.Relative));

        Assert.That(Html.Text(stockholm), Does.Contain("Visar Stockholm."));
        Assert.That(Html.Elements(stockholm, "option", "value", "0180").Single()["selected"], Is.EqualTo("selected"));
        Assert.That(Html.Row(stockholm, "N00923").Take(6), Is.EqualTo(new[] { "N00923", "Medellivslängd män, år", "3.4", "Ja", "Kolada", "2023" }));
        Assert.That(Html.Text(stockholm), Does.Contain("1 av 27 kopplade indikatorer har aktuella data."));
        Assert.That(Html.Text(vasby), Does.Contain("Målet är en blind fläck för Upplands Väsby"), "its only value is from 2015");
        Assert.That(Html.Row(vasby, "N00923")[5], Is.EqualTo("Saknas"));
    }

    [Test]
    public async Task An_unknown_area_is_explained_and_an_unknown_goal_is_404()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/goals/3?area=Atlantis", UriKind.Relative));
        using var response = await client.GetAsync(new Uri("/goals/18", UriKind.Relative));

        Assert.That(Html.Text(html), Does.Contain("Det finns ingen kommun som heter eller har koden ”Atlantis”"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Html.Single(await response.Content.ReadAsStringAsync(), "h1").Text, Is.EqualTo("Sidan finns inte"));
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

        var stockholmPage = await client.GetStringAsync(new Uri("/goals/3?area=0180", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/goals/3?area=0180&culture=en", UriKind.Relative));
        var allPage = await client.GetStringAsync(new Uri("/goals/3", UriKind.Relative));

        Assert.That(Html.Elements(stockholmPage, "th", "scope", "col").Select(th => th.Text), Does.Contain("Framsteg mot 2030"));

        // U01402 (curated: lower is better, target 5 by 2025): (8/10)^(1/4) − 1 = −5.4 %/year against the required
        // (5/10)^(1/10) − 1 = −6.7 %/year, R = 0.81: acceleration needed.
        var smoking = Html.Rows(stockholmPage).Single(r => r[0] == "U01402" && r[2] == "3.a");
        Assert.That(smoking[^2], Is.EqualTo("Lägre är bättre"));
        Assert.That(smoking[^1], Is.EqualTo("Behöver accelereras 2015–2019: \u22125,4 % per år; krävs \u22126,7 % per år för att nå målvärdet 5 år 2025."));
        Assert.That(Html.Elements(stockholmPage, "td", "class", "sdg-progress sdg-progress-accelerationneeded"), Is.Not.Empty, "the colour class repeats the status in words");
        Assert.That(Html.Rows(english).Single(r => r[0] == "U01402" && r[2] == "3.a")[^1], Is.EqualTo("Acceleration needed 2015–2019: -5.4 % per year; -6.7 % per year is needed to reach the target of 5 by 2025."));

        // N00923 (higher is better, no target): 81 in 2021–2023 is 0 %/year, below 0.5 %: limited progress.
        Assert.That(Html.Row(stockholmPage, "N00923")[^1], Does.StartWith("Begränsade framsteg 2021–2023: 0,0 % per år (högre är bättre)"));
        Assert.That(Html.Row(stockholmPage, "N00925")[^1], Is.EqualTo("Kan inte bedömas Indikatorn finns inte i databasen än."));
        Assert.That(Html.Row(english, "N00925")[^1], Is.EqualTo("Cannot be assessed The indicator is not in the database yet."));
        Assert.That(Html.Text(allPage), Does.Not.Contain("Framsteg mot 2030"), "progress is per area; all municipalities shows coverage only");
    }

    [Test]
    public async Task The_latest_value_for_a_municipality_comes_from_the_sample_file_and_links_to_its_batch()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();
        const string file = "v2_flat_N00923_medellivslangd_man_by_geo_year.csv";
        var (year, value) = SampleFiles.Latest(file, "1280");

        var swedish = await client.GetStringAsync(new Uri("/goals/3?area=1280", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/goals/3?area=1280&culture=en", UriKind.Relative));

        var row = Html.Elements(swedish, "tr").Single(tr => tr.Text.StartsWith("N00923 ", StringComparison.Ordinal));
        var batchLink = Html.Elements(row.InnerHtml, "a", "class", "batch-link").Single();
        Assert.That(Html.Elements(row.InnerHtml, "span", "class", "value").Single().Text, Is.EqualTo(value.ToString("N1", CultureInfo.GetCultureInfo("sv-SE"))));
        Assert.That(Html.Elements(row.InnerHtml, "span", "class", "period").Single().Text, Is.EqualTo($"({year})"));
        Assert.That(Html.Row(english, "N00923"), Does.Contain(value.ToString("N1", CultureInfo.GetCultureInfo("en-GB")) + $" ({year}) " + batchLink.Text));
        Assert.That(batchLink["href"], Does.Match(@"^/sources/\d+$"));

        var batch = await client.GetStringAsync(new Uri(batchLink["href"]!, UriKind.Relative));
        Assert.That(Html.Single(batch, "h1").Text, Does.EndWith(file), "the value's batch is the file it came from");
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
}
