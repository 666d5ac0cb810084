using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Observations;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Batches;

namespace IndicatorHub.Storage.Tests.Imports;

public class ImportWriterTests
{
    private static readonly ImportBatchStart FileA = new("a.csv", "long-csv", "aa");
    private static readonly ImportBatchStart FileB = new("b.csv", "long-csv", "bb");

    [Test]
    public void Stores_rows_with_the_batch_that_set_them()
    {
        using var fixture = new StoreFixture();

        var summary = Import(fixture, FileA, ("N00923", "0180", "2020", 81.2), ("N00923", "1280", "2020", 79.0));

        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        Assert.That((summary.RowsStored, summary.RowsChanged), Is.EqualTo((2L, 2L)));
        var rows = fixture.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter()).ToList()).ToList();
        Assert.That(rows.Select(r => (r.Area, r.Value, r.Batch)), Is.EqualTo(new[] { ("0180", (double?)81.2, summary.BatchId), ("1280", 79.0, summary.BatchId) }));
    }

    [Test]
    public void Reimporting_the_same_data_changes_nothing_and_keeps_the_original_batch()
    {
        using var fixture = new StoreFixture();
        var first = Import(fixture, FileA, ("N00923", "0180", "2020", 81.2));

        var second = Import(fixture, FileA, ("N00923", "0180", "2020", 81.2));

        Assert.That(second.Outcome, Is.EqualTo(ImportOutcome.Stored));
        Assert.That((second.RowsStored, second.RowsChanged), Is.EqualTo((1L, 0L)));
        Assert.That(fixture.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter()).ToList()).Single().Batch, Is.EqualTo(first.BatchId));
    }

    [Test]
    public void A_newer_file_updates_values_and_they_then_know_the_newer_batch()
    {
        using var fixture = new StoreFixture();
        var first = Import(fixture, FileA, ("N00923", "0180", "2020", 81.2), ("N00923", "0180", "2021", 81.5));

        var second = Import(fixture, FileB, ("N00923", "0180", "2020", 81.3), ("N00923", "0180", "2021", 81.5));

        var rows = fixture.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter()).ToList()).ToList();
        Assert.That(second.RowsChanged, Is.EqualTo(1));
        Assert.That(rows.Select(r => (r.Period, r.Value, r.Batch)),
            Is.EqualTo(new[] { ("2020", (double?)81.3, second.BatchId), ("2021", 81.5, first.BatchId) }));
    }

    [Test]
    public void A_duplicate_key_within_one_file_is_refused()
    {
        using var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(FileA);
        var indicator = writer.ResolveIndicator("N00923");
        writer.Areas.TryResolve("0180", out var area, out _);

        var first = writer.WriteObservation(indicator, area, "2020", "total", "total", new ObservationValues(81.2));
        var again = writer.WriteObservation(indicator, area, "2020", "total", "total", new ObservationValues(99.9));

        Assert.That((first, again), Is.EqualTo((true, false)));
    }

    [Test]
    public void A_rejected_import_leaves_the_data_exactly_as_before_and_records_why()
    {
        using var fixture = new StoreFixture();
        Import(fixture, FileA, ("N00923", "0180", "2020", 81.2));
        var before = Snapshot(fixture);

        using (var writer = fixture.Store.BeginImport(FileB))
        {
            writer.MergeIndicator(new Indicator("U01405", "Självskattad hälsa"));
            writer.Areas.TryResolve("0180", out var area, out _);
            writer.WriteObservation(writer.ResolveIndicator("N00923"), area, "2020", "total", "total", new ObservationValues(1.0));
            writer.WriteObservation(writer.ResolveIndicator("U01405"), area, "2020", "total", "total", new ObservationValues(70.0));
            writer.AddError(new ImportError(3, 2, "area", "unknown area 'Atlantis'"));
            var summary = writer.Finish(rowsRead: 3, rowsRejected: 1, keepGoodRows: false, dryRun: false);

            Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
            Assert.That(fixture.Store.Read(c => BatchErrorsQuery.Run(c, summary.BatchId)).Single(), Is.EqualTo(new ImportError(3, 2, "area", "unknown area 'Atlantis'")));
        }

        Assert.That(Snapshot(fixture), Is.EqualTo(before));
        Assert.That(fixture.Store.Read(c => BatchListQuery.Run(c))[0].Status, Is.EqualTo("rejected"));
    }

    [Test]
    public void Allow_partial_keeps_the_good_rows_and_records_the_bad()
    {
        using var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(FileA);
        writer.Areas.TryResolve("0180", out var area, out _);
        writer.WriteObservation(writer.ResolveIndicator("N00923"), area, "2020", "total", "total", new ObservationValues(81.2));
        writer.AddError(new ImportError(3, 3, "year", "unparseable period"));

        var summary = writer.Finish(rowsRead: 2, rowsRejected: 1, keepGoodRows: true, dryRun: false);

        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Partial));
        Assert.That(fixture.Store.Read(ObservationCountQuery.Run), Is.EqualTo(1));
        Assert.That(fixture.Store.Read(c => BatchListQuery.Run(c))[0], Has.Property("Status").EqualTo("partial").And.Property("RowsRejected").EqualTo(1));
    }

    [Test]
    public void A_dry_run_stores_nothing_and_records_no_batch()
    {
        using var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(FileA);
        writer.Areas.TryResolve("0180", out var area, out _);
        writer.WriteObservation(writer.ResolveIndicator("N00923"), area, "2020", "total", "total", new ObservationValues(81.2));

        var summary = writer.Finish(rowsRead: 1, rowsRejected: 0, keepGoodRows: false, dryRun: true);

        Assert.That((summary.Outcome, summary.RowsChanged), Is.EqualTo((ImportOutcome.DryRun, 1L)));
        Assert.That(fixture.Store.Read(ObservationCountQuery.Run), Is.Zero);
        Assert.That(fixture.Store.Read(c => BatchListQuery.Run(c)), Is.Empty);
        Assert.That(fixture.Store.Read(IndicatorCatalogueQuery.Run), Is.Empty);
    }

    [Test]
    public void An_abandoned_import_rolls_back()
    {
        using var fixture = new StoreFixture();
        using (var writer = fixture.Store.BeginImport(FileA))
        {
            writer.Areas.TryResolve("0180", out var area, out _);
            writer.WriteObservation(writer.ResolveIndicator("N00923"), area, "2020", "total", "total", new ObservationValues(81.2));
        }

        Assert.That(fixture.Store.Read(ObservationCountQuery.Run), Is.Zero);
        Assert.That(fixture.Store.Read(c => BatchListQuery.Run(c)), Is.Empty);
    }

    [Test]
    public void Unknown_indicators_are_created_needing_metadata_and_metadata_merges_without_erasing()
    {
        using var fixture = new StoreFixture();
        Import(fixture, FileA, ("N00923", "0180", "2020", 81.2));
        Assert.That(fixture.Store.Read(c => IndicatorLookupQuery.Run(c, "N00923")), Has.Property("Title").EqualTo("N00923").And.Property("NeedsMetadata").True);

        using (var writer = fixture.Store.BeginImport(FileB))
        {
            writer.MergeIndicator(new Indicator("N00923", "Medellivslängd män, år") { Unit = "år", DividedByGender = false });
            writer.MergeIndicator(new Indicator("N00923", "N00923") { Source = "SCB" });
            writer.Finish(0, 0, keepGoodRows: false, dryRun: false);
        }

        var merged = fixture.Store.Read(c => IndicatorLookupQuery.Run(c, "N00923"))!;
        Assert.That((merged.Title, merged.Unit, merged.Source, merged.NeedsMetadata), Is.EqualTo(("Medellivslängd män, år", "år", "SCB", false)));
    }

    [Test]
    public void Settings_outside_Sweden_are_created_and_unknown_Swedish_codes_are_refused()
    {
        using var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(FileA);

        Assert.That(writer.MergeArea(new Area("IDN", "IDN", "Indonesia", AreaKind.Other)), Is.True);
        Assert.That(writer.MergeArea(new Area("9999", "9999", "Nowhere", AreaKind.Municipality)), Is.False);
        Assert.That(writer.Areas.TryResolve("indonesia", out _, out var code), Is.True);
        Assert.That(code, Is.EqualTo("IDN"));
    }

    [Test]
    public void The_writer_skips_foreign_key_checks_but_every_key_it_writes_holds_and_later_connections_check_again()
    {
        using var fixture = new StoreFixture();
        Import(fixture, FileA, ("N00923", "0180", "2020", 81.2), ("U01405", "00", "2020", 70.0));

        using var connection = fixture.Store.Connections.Open();

        Assert.That(connection.Query("PRAGMA foreign_key_check"), Is.Empty);
        Assert.That(connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
    }

    private static ImportBatchSummary Import(StoreFixture fixture, ImportBatchStart start, params (string Indicator, string Area, string Period, double Value)[] rows)
    {
        using var writer = fixture.Store.BeginImport(start);
        foreach (var row in rows)
        {
            Assert.That(writer.Areas.TryResolve(row.Area, out var area, out _), Is.True);
            Assert.That(writer.WriteObservation(writer.ResolveIndicator(row.Indicator), area, row.Period, "total", "total", new ObservationValues(row.Value)), Is.True);
        }

        return writer.Finish(rows.Length, 0, keepGoodRows: false, dryRun: false);
    }

    private static string Snapshot(StoreFixture fixture)
    {
        var observations = fixture.Connection.Query("SELECT * FROM observations ORDER BY 1, 2, 3, 4, 5").Select(r => string.Join('|', ((IDictionary<string, object>)r).Values));
        var indicators = fixture.Connection.Query("SELECT * FROM indicators ORDER BY id").Select(r => string.Join('|', ((IDictionary<string, object>)r).Values));
        var areas = fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM areas");
        var dimensions = fixture.Connection.Query<string>("SELECT id FROM dimensions ORDER BY id");
        return string.Join('\n', observations.Concat(indicators).Concat(dimensions).Append(areas.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
