using System.Globalization;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Pages.Indicators;

public class IndicatorListPageTests
{
    [Test]
    public async Task The_sample_indicators_are_listed_with_titles_from_the_metadata_file()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();
        var metadata = File.ReadLines(SampleFiles.PathOf("kpi_metadata_v2_subset.csv")).Single(l => l.StartsWith("N00923,", StringComparison.Ordinal));

        var html = await client.GetStringAsync(new Uri("/indicators?q=N00923", UriKind.Relative));

        Assert.That(metadata, Does.Contain("\"Medellivslängd män, år\""));
        Assert.That(Html.Row(html, "N00923")[1], Is.EqualTo("Medellivslängd män, år"));
        Assert.That(Html.Elements(html, "a").Single(a => a.Text == "N00923")["href"], Is.EqualTo("/indicators/N00923"));
    }

    /// <summary>120 hand-made indicators T001–T120 at 50 a page: pages 1–50, 51–100, 101–120.</summary>
    [Test]
    public async Task Indicators_are_listed_fifty_a_page_with_links_that_keep_the_search()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        Seed(factory);

        var first = await client.GetStringAsync(new Uri("/indicators", UriKind.Relative));
        var third = await client.GetStringAsync(new Uri("/indicators?page=3", UriKind.Relative));
        var beyond = await client.GetStringAsync(new Uri("/indicators?page=99", UriKind.Relative));
        var malformed = await client.GetStringAsync(new Uri("/indicators?page=abc", UriKind.Relative));

        Assert.That(Html.Rows(first).Skip(1).Select(r => r[0]), Is.EqualTo(Enumerable.Range(1, 50).Select(Id)));
        Assert.That(Html.Single(first, "caption").Text, Is.EqualTo("Indikatorer 1–50 av 120"));
        Assert.That(Html.Elements(first, "a", "rel", "next").Single()["href"], Is.EqualTo("/indicators?page=2"));
        Assert.That(Html.Elements(first, "a", "rel", "prev"), Is.Empty);
        Assert.That(Html.Rows(third).Skip(1).Select(r => r[0]), Is.EqualTo(Enumerable.Range(101, 20).Select(Id)));
        Assert.That(Html.Elements(third, "li", "aria-current", "page").Single().Text, Is.EqualTo("Sida 3 av 3"));
        Assert.That(Html.Elements(third, "a", "rel", "next"), Is.Empty);
        Assert.That(Html.Single(beyond, "caption").Text, Is.EqualTo("Indikatorer 101–120 av 120"), "a page past the end shows the last");
        Assert.That(Html.Single(malformed, "caption").Text, Is.EqualTo("Indikatorer 1–50 av 120"), "a malformed page is ignored, not an error");
    }

    /// <summary>Titles: "Testindikator nr N", and every tenth "Ohälsotal N" (T010, T020, … T120: 12 of them).</summary>
    [Test]
    public async Task A_search_narrows_the_list_by_id_or_title_case_insensitively_and_paging_keeps_it()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        Seed(factory);

        var ohalsa = await client.GetStringAsync(new Uri("/indicators?q=OHÄLSOTAL", UriKind.Relative));
        var byId = await client.GetStringAsync(new Uri("/indicators?q=T11", UriKind.Relative));
        var paged = await client.GetStringAsync(new Uri("/indicators?q=Testindikator", UriKind.Relative));
        var none = await client.GetStringAsync(new Uri("/indicators?q=Atlantis&culture=en", UriKind.Relative));

        Assert.That(Html.Rows(ohalsa).Skip(1).Select(r => r[0]), Is.EqualTo(Enumerable.Range(1, 12).Select(n => Id(n * 10))));
        Assert.That(Html.Rows(byId).Skip(1).Select(r => r[0]), Is.EqualTo(Enumerable.Range(110, 10).Select(Id)));
        Assert.That(Html.Single(paged, "caption").Text, Is.EqualTo("Indikatorer 1–50 av 108"), "120 minus the 12 Ohälsotal");
        Assert.That(Html.Elements(paged, "a", "rel", "next").Single()["href"], Is.EqualTo("/indicators?q=Testindikator&page=2"));
        Assert.That(Html.Elements(none, "p", "role", "status").Single().Text, Is.EqualTo("No indicator matches “Atlantis”."));
    }

    private static string Id(int n) => "T" + n.ToString("000", CultureInfo.InvariantCulture);

    private static void Seed(IndicatorHubFactory factory)
    {
        var store = factory.Services.GetRequiredService<IndicatorStore>();
        using var writer = store.BeginImport(new ImportBatchStart("indicators.csv", "long-csv", "i"));
        for (var n = 1; n <= 120; n++)
        {
            var title = n % 10 == 0 ? $"Ohälsotal {n}" : $"Testindikator nr {n}";
            writer.MergeIndicator(new Indicator(Id(n), title));
        }

        writer.Finish(120, 0, keepGoodRows: false, dryRun: false);
    }
}
