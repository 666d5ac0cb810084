using Dapper;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Imports;

/// <summary>
/// A batch's values counted three ways: added (new keys), changed (existing keys with another value) and left
/// alone (the same value again), for a dry run as for an import, and the dry run leaves no trace.
/// </summary>
public sealed class ImportSummaryCountsTests
{
    [TestCase(true)]
    [TestCase(false)]
    public void Added_changed_and_unchanged_are_counted_apart(bool dryRun)
    {
        using var fixture = new StoreFixture();
        Write(fixture, dryRun: false, ("N00923", "0180", 81.5), ("N00923", "1480", 80.25), ("N00923", "0580", 79.0));
        var historyBefore = fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observation_history");

        // By hand: 0180 changes (81.5 → 82), 1480 and 0580 stay as they are, 1280 is new for N00923, and U00001
        // is a new indicator, so its one value is new too: 2 added, 1 changed, 2 unchanged.
        var summary = Write(fixture, dryRun, ("N00923", "0180", 82.0), ("N00923", "1480", 80.25), ("N00923", "0580", 79.0), ("N00923", "1280", 77.0), ("U00001", "0180", 5.0));

        Assert.That((summary.RowsAdded, summary.RowsReplaced, summary.RowsUnchanged), Is.EqualTo((2L, 1L, 2L)));
        Assert.That(summary.RowsStored, Is.EqualTo(5));
        var historyAfter = fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observation_history");
        Assert.That(historyAfter - historyBefore, Is.EqualTo(dryRun ? 0 : 1), "a dry run keeps no replaced values");
    }

    [Test]
    public void A_first_import_only_adds()
    {
        using var fixture = new StoreFixture();
        var summary = Write(fixture, dryRun: true, ("N00923", "0180", 81.5), ("N00923", "1480", 80.25));
        Assert.That((summary.RowsAdded, summary.RowsReplaced, summary.RowsUnchanged), Is.EqualTo((2L, 0L, 0L)));
    }

    private static ImportBatchSummary Write(StoreFixture fixture, bool dryRun, params (string Indicator, string Area, double Value)[] rows)
    {
        using var writer = fixture.Store.BeginImport(new ImportBatchStart("file.csv", "long-csv", Guid.NewGuid().ToString("N")));
        foreach (var (indicator, area, value) in rows)
        {
            writer.WriteRow(indicator, "2021", area, value);
        }

        return writer.Finish(rows.Length, 0, keepGoodRows: false, dryRun);
    }
}
