using System.Globalization;
using System.Net;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Web.Tests.Pages.Areas;

/// <summary>
/// The profiles and charts are kept in memory per data generation; a batch written by another connection (as the
/// CLI writes, from another process) and its rollback must show on the very next request, with nothing stale.
/// </summary>
public class ProfileFreshnessTests
{
    private const double NewValue = 90.5;

    [Test]
    public async Task A_new_batch_shows_on_the_warm_profile_and_its_rollback_brings_the_old_value_back()
    {
        var values = SampleValues.Totals("N00923");
        var year = values.Keys.Where(k => k.Area == "1280").Max(k => k.Year)!;
        var next = (int.Parse(year, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        using var factory = new IndicatorHubFactory();
        using var client = factory.CreateClient();

        var before = await LatestCell(client);
        Assert.That(await LatestCell(client), Is.EqualTo(before), "the warm profile answers the same");
        var store = new IndicatorStore(new SqliteConnectionFactory(factory.DatabasePath), TimeProvider.System);
        var batch = WriteMalmo(store, next, NewValue);
        var afterImport = await LatestCell(client);
        Assert.That(BatchRollback.Run(store.Connections, TimeProvider.System, batch, "test").Result, Is.EqualTo(RollbackResult.RolledBack));
        var afterRollback = await LatestCell(client);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo($"{SampleValues.Shown(values[("1280", year)])}&#xA0;år ({year})"));
            Assert.That(afterImport, Is.EqualTo($"{SampleValues.Shown(NewValue)}&#xA0;år ({next})"), "the new latest period at once");
            Assert.That(afterRollback, Is.EqualTo(before), "the rollback removed the value, and the profile with it");
        });
    }

    [Test]
    public async Task A_new_batch_changes_the_charts_ETag_and_bytes_and_the_old_ETag_no_longer_answers_304()
    {
        var values = SampleValues.Totals("N00923");
        var next = (int.Parse(values.Keys.Where(k => k.Area == "1280").Max(k => k.Year)!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        const string Csv = "/charts/areas/1280/indicators/N00923/trend.csv";
        using var factory = new IndicatorHubFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri(Csv, UriKind.Relative));
        var firstText = await first.Content.ReadAsStringAsync();
        using (var again = await client.GetAsync(new Uri(Csv, UriKind.Relative)))
        {
            Assert.That(again.Headers.ETag, Is.EqualTo(first.Headers.ETag), "from the cache, the same ETag");
        }

        WriteMalmo(new IndicatorStore(new SqliteConnectionFactory(factory.DatabasePath), TimeProvider.System), next, NewValue);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Csv, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);
        var secondText = await second.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(firstText, Does.Not.Contain(next + ","));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old ETag is not current any more");
            Assert.That(second.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
            Assert.That(secondText, Does.Contain(next + ",").And.Contain("90.5"), "the new period's row in the CSV");
        });
    }

    private static async Task<string> LatestCell(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/areas/1280", UriKind.Relative));
        return PageHtml.Cells(PageHtml.RowContaining(html, "<code>N00923</code>"))[1];
    }

    /// <summary>Malmö's N00923 for <paramref name="period"/>, through the store's writer on a connection of its own.</summary>
    private static long WriteMalmo(IndicatorStore store, string period, double value)
    {
        using var writer = store.BeginImport(new ImportBatchStart("later.csv", "long-csv", "later-" + period));
        Assert.That(writer.Areas.TryResolve("1280", out var area, out _), Is.True);
        Assert.That(writer.WriteObservation(writer.ResolveIndicator("N00923"), area, period, "total", "total", new ObservationValues(value)), Is.True);
        var summary = writer.Finish(1, 0, keepGoodRows: false, dryRun: false);
        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        return summary.BatchId;
    }
}
