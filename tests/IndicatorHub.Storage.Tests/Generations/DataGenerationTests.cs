using IndicatorHub.Storage.Generations;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Generations;

/// <summary>
/// Every change the dashboard can show moves the data generation on by one in its own transaction, and the
/// in-memory watch sees a commit made through any other connection (as the CLI's in another process would be).
/// </summary>
public sealed class DataGenerationTests
{
    [Test]
    public void An_import_a_rollback_and_a_mapping_each_move_the_generation_on_and_a_read_does_not()
    {
        using var fixture = new StoreFixture();
        using var watch = new DataGenerationWatch(fixture.Store.Connections);
        var start = watch.Current;
        Assert.That(watch.Current, Is.EqualTo(start), "reading twice changes nothing");

        var batch = Import(fixture, "a.csv", 81.25);
        var afterImport = watch.Current;
        Assert.That(BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, batch, "anna").Result, Is.EqualTo(RollbackResult.RolledBack));
        var afterRollback = watch.Current;
        fixture.Store.AddSdgMapping("N00923", 10, null, isPrimary: false);
        var afterMapping = watch.Current;

        Assert.Multiple(() =>
        {
            Assert.That(afterImport, Is.EqualTo(start + 1), "one batch row, one step");
            Assert.That(afterRollback, Is.EqualTo(start + 2), "the rollback lowers batch ids, yet the generation goes up");
            Assert.That(afterMapping, Is.GreaterThan(afterRollback), "the mapping is rewritten row by row, each row a step");
            Assert.That(DataGenerationQuery.Current(fixture.Connection), Is.EqualTo(afterMapping), "the watch agrees with the table");
        });
    }

    [Test]
    public void A_dry_run_leaves_the_generation_where_it_was()
    {
        using var fixture = new StoreFixture();
        var before = DataGenerationQuery.Current(fixture.Connection);
        using (var writer = fixture.Store.BeginImport(new ImportBatchStart("dry.csv", "long-csv", "dry")))
        {
            writer.WriteRow("N00923", "2021", "0180", 70.0);
            writer.Finish(1, 0, keepGoodRows: false, dryRun: true);
        }

        Assert.That(DataGenerationQuery.Current(fixture.Connection), Is.EqualTo(before), "the trigger's step went with the rolled-back transaction");
    }

    private static long Import(StoreFixture fixture, string file, double value)
    {
        using var writer = fixture.Store.BeginImport(new ImportBatchStart(file, "long-csv", file));
        writer.WriteRow("N00923", "2021", "0180", value);
        var summary = writer.Finish(1, 0, keepGoodRows: false, dryRun: false);
        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        return summary.BatchId;
    }
}
