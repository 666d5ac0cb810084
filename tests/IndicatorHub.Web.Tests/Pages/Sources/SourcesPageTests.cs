using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Pages.Sources;

public class SourcesPageTests
{
    private const string File = "v2_flat_N00923_medellivslangd_man_by_geo_year.csv";

    [Test]
    public async Task Each_sample_file_is_listed_with_its_parser_status_and_row_count_read_from_the_file()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();
        var dataRows = System.IO.File.ReadLines(SampleFiles.PathOf(File)).Skip(1).Count(l => l.Length > 0);

        var html = await client.GetStringAsync(new Uri("/sources", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/sources?culture=en", UriKind.Relative));

        var row = Html.Rows(html).Single(r => r.Count > 1 && r[1] == File);
        Assert.That(row[5], Is.EqualTo("Lagrad"));
        Assert.That(row[6], Is.EqualTo(dataRows.ToString("N0", CultureInfo.GetCultureInfo("sv-SE"))), "rows read = the file's data lines");
        Assert.That(Html.Rows(html).Skip(1).Select(r => r[5]), Is.All.Not.EqualTo("Avvisad"), "every sample file imports cleanly");
        Assert.That(Html.Rows(english)[0].Take(4), Is.EqualTo(new[] { "No.", "File", "Parser", "SHA-256" }));
        Assert.That(Html.Rows(english).Single(r => r.Count > 1 && r[1] == File)[5], Is.EqualTo("Stored"));
    }

    [Test]
    public async Task One_source_shows_the_files_SHA_256_as_computed_from_the_file()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();
        var sha = Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(SampleFiles.PathOf(File))));
        var list = await client.GetStringAsync(new Uri("/sources", UriKind.Relative));
        var id = Html.Rows(list).Single(r => r.Count > 1 && r[1] == File)[0];

        var html = await client.GetStringAsync(new Uri("/sources/" + id, UriKind.Relative));

        Assert.That(Html.Single(html, "h1").Text, Is.EqualTo($"Import {id}: {File}"));
        Assert.That(Html.Elements(html, "dd").Select(d => d.Text), Does.Contain(sha).IgnoreCase);
        Assert.That(Html.Text(html), Does.Contain("Inga fel."));
    }

    /// <summary>A hand-made batch with 250 kept errors: 100 a page, so pages hold lines 1–100, 101–200, 201–250.</summary>
    [Test]
    public async Task A_sources_errors_are_shown_a_page_at_a_time()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IndicatorStore>();
        long batch;
        using (var writer = store.BeginImport(new ImportBatchStart("bad.csv", "long-csv", "b")))
        {
            writer.MergeIndicator(new Indicator("X1", "X"));
            for (var line = 1; line <= 250; line++)
            {
                writer.AddError(new ImportError(line, 2, "area", $"unknown area 'A{line}'"));
            }

            batch = writer.Finish(250, 250, keepGoodRows: true, dryRun: false).BatchId;
        }

        var first = await client.GetStringAsync(new Uri($"/sources/{batch}", UriKind.Relative));
        var third = await client.GetStringAsync(new Uri($"/sources/{batch}?page=3&culture=en", UriKind.Relative));

        var firstRows = Html.Rows(Html.Elements(first, "table", "class", "batch-errors").Single().InnerHtml).Skip(1).ToList();
        Assert.That(firstRows.Select(r => r[0]), Is.EqualTo(Enumerable.Range(1, 100).Select(n => n.ToString(CultureInfo.InvariantCulture))));
        Assert.That(firstRows[0], Is.EqualTo(new[] { "1", "2", "area", "unknown area 'A1'" }));
        Assert.That(Html.Elements(first, "a", "rel", "next").Single()["href"], Is.EqualTo($"/sources/{batch}?page=2"));
        var thirdRows = Html.Rows(Html.Elements(third, "table", "class", "batch-errors").Single().InnerHtml).Skip(1).ToList();
        Assert.That(thirdRows.Select(r => r[0]), Is.EqualTo(Enumerable.Range(201, 50).Select(n => n.ToString(CultureInfo.InvariantCulture))));
        Assert.That(Html.Elements(third, "li", "aria-current", "page").Single().Text, Is.EqualTo("Page 3 of 3"));
    }

    [Test]
    public async Task An_unknown_source_is_404()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/sources/999", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Html.Single(await response.Content.ReadAsStringAsync(), "h1").Text, Is.EqualTo("Sidan finns inte"));
    }
}
