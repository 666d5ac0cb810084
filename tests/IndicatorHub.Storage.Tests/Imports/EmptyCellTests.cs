using Dapper;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Imports;

/// <summary>
/// An empty cell (no value, status or statistics) is not a row: it is counted, and where an earlier batch stored a
/// value under its key, it withdraws that value with history, on the queued path as on the one-row path.
/// </summary>
public sealed class EmptyCellTests
{
    private static readonly ObservationValues Empty = new(null);

    [TestCase(true)]
    [TestCase(false)]
    public void A_first_file_stores_its_values_and_only_counts_its_empty_cells(bool queued)
    {
        using var fixture = new StoreFixture();

        var summary = Import(fixture, "first.csv", queued, ("0180", 81.5), ("1280", null), ("1480", 80.25), ("0580", null));

        Assert.That((summary.RowsStored, summary.RowsChanged, summary.RowsEmpty), Is.EqualTo((2L, 2L, 2L)));
        Assert.That(Stored(fixture), Is.EqualTo(new[] { ("0180", (double?)81.5), ("1480", 80.25) }));
        Assert.That(fixture.Connection.ExecuteScalar<long>("SELECT rows_empty FROM import_batches"), Is.EqualTo(2));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void An_empty_cell_withdraws_a_stored_value_keeping_it_in_history_and_a_rollback_brings_it_back(bool queued)
    {
        using var fixture = new StoreFixture();
        Import(fixture, "2023.csv", queued, ("0180", 81.5), ("1480", 80.25));

        // 0180's value is withdrawn; 1480 stays the same; 1280 was never stored, so its empty cell changes nothing.
        var summary = Import(fixture, "2024.csv", queued, ("0180", null), ("1480", 80.25), ("1280", null));

        Assert.That((summary.RowsStored, summary.RowsChanged, summary.RowsReplaced, summary.RowsEmpty), Is.EqualTo((2L, 1L, 1L, 1L)));
        Assert.That(Stored(fixture), Is.EqualTo(new[] { ("0180", (double?)null), ("1480", 80.25) }));
        var (value, oldBatch) = fixture.Connection.QuerySingle<(double, long)>("SELECT value, old_batch_id FROM observation_history WHERE replaced_by = @Id", new { Id = summary.BatchId });
        Assert.That((value, oldBatch), Is.EqualTo((81.5, summary.BatchId - 1)));

        var rollback = BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, summary.BatchId, "anna");

        Assert.That(rollback.Result, Is.EqualTo(RollbackResult.RolledBack));
        Assert.That(Stored(fixture), Is.EqualTo(new[] { ("0180", (double?)81.5), ("1480", 80.25) }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_file_that_only_withdraws_and_adds_counts_the_withdrawal_as_replaced(bool queued)
    {
        using var fixture = new StoreFixture();
        Import(fixture, "2023.csv", queued, ("0180", 81.5));

        var summary = Import(fixture, "2024.csv", queued, ("0180", null), ("1280", 79.0));

        Assert.That((summary.RowsChanged, summary.RowsAdded, summary.RowsReplaced, summary.RowsEmpty), Is.EqualTo((2L, 1L, 1L, 0L)));
    }

    [TestCase(true, true)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(false, false)]
    public void A_value_and_an_empty_cell_with_one_key_in_one_file_keep_the_value_in_either_order(bool queued, bool emptyFirst)
    {
        using var fixture = new StoreFixture();
        Import(fixture, "before.csv", queued, ("0180", 70.0));
        (string, double?)[] both = emptyFirst ? [("0180", null), ("0180", 81.5)] : [("0180", 81.5), ("0180", null)];

        var duplicates = new List<long>();
        var summary = Import(fixture, "both.csv", queued, duplicates, both);

        Assert.That(duplicates, Is.Empty, "an empty cell is no second value");
        Assert.That((summary.Outcome, summary.RowsStored, summary.RowsEmpty), Is.EqualTo((ImportOutcome.Stored, 1L, 1L)));
        Assert.That(Stored(fixture), Is.EqualTo(new[] { ("0180", (double?)81.5) }));
    }

    [Test]
    public void A_cell_with_a_status_but_no_value_is_stored()
    {
        using var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(new ImportBatchStart("status.csv", "px", "status"));
        Assert.That(writer.Areas.TryResolve("0180", out var area, out _), Is.True);

        writer.WriteObservation(writer.ResolveIndicator("N00923"), area, "2021", "total", "total", new ObservationValues(null, Status: ".."));
        var summary = writer.Finish(1, 0, keepGoodRows: false, dryRun: false);

        Assert.That((summary.RowsStored, summary.RowsEmpty), Is.EqualTo((1L, 0L)));
        Assert.That(fixture.Connection.ExecuteScalar<string>("SELECT status FROM observations WHERE value IS NULL"), Is.EqualTo(".."));
    }

    private static ImportBatchSummary Import(StoreFixture fixture, string file, bool queued, params (string Area, double? Value)[] rows) =>
        Import(fixture, file, queued, [], rows);

    private static ImportBatchSummary Import(StoreFixture fixture, string file, bool queued, List<long> duplicates, params (string Area, double? Value)[] rows)
    {
        using var writer = fixture.Store.BeginImport(new ImportBatchStart(file, "long-csv", file));
        writer.DuplicateFound = duplicates.Add;
        var indicator = writer.ResolveIndicator("N00923");
        for (var tag = 0; tag < rows.Length; tag++)
        {
            Assert.That(writer.Areas.TryResolve(rows[tag].Area, out var area, out _), Is.True);
            var values = rows[tag].Value is { } v ? new ObservationValues(v) : Empty;
            if (queued)
            {
                writer.QueueObservation(indicator, area, "2023", "total", "total", values, tag);
            }
            else if (!writer.WriteObservation(indicator, area, "2023", "total", "total", values))
            {
                duplicates.Add(tag);
            }
        }

        writer.FlushObservations();
        return writer.Finish(rows.Length, duplicates.Count, keepGoodRows: false, dryRun: false);
    }

    private static (string Area, double? Value)[] Stored(StoreFixture fixture) =>
        fixture.Connection.Query<(string, double?)>(
                "SELECT a.code, o.value FROM observations o JOIN areas a ON a.id = o.area_id ORDER BY a.code")
            .ToArray();
}
