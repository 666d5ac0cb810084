using Dapper;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Imports;

/// <summary>Rolling a batch back restores exactly the values it replaced, and only in reverse order of batches.</summary>
public sealed class BatchRollbackTests
{
    private static readonly ObservationValues Original = new(81.25, "preliminary", StandardError: 0.5, LowerLimit: 80.25, UpperLimit: 82.25, Population: 12_345);
    private static readonly ObservationValues Revised = new(79.5, null, StandardError: 0.75, LowerLimit: null, UpperLimit: null, Population: 12_000);

    [Test]
    public void Rolling_back_the_later_batch_restores_every_field_and_removes_what_it_added()
    {
        using var fixture = new StoreFixture();
        var a = Import(fixture, "a.csv", ("0180", Original), ("1480", new ObservationValues(70.0)));
        var before = Rows(fixture);

        var b = Import(fixture, "b.csv", ("0180", Revised), ("1480", new ObservationValues(70.0)), ("0580", new ObservationValues(60.0)));
        Assert.That(Rows(fixture), Is.Not.EqualTo(before));
        Assert.That(History(fixture), Is.EqualTo(1), "only the value that changed is kept; the unchanged and the new ones are not");

        var outcome = BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, b, "anna");

        Assert.That(outcome, Is.EqualTo(new RollbackOutcome(RollbackResult.RolledBack, Restored: 1, Removed: 1)));
        Assert.That(Rows(fixture), Is.EqualTo(before), "value, status, statistics and batch as before b");
        var restoredSeen = fixture.Connection.ExecuteScalar<long>("SELECT seen_batch_id FROM observations WHERE value = 81.25");
        Assert.That(restoredSeen, Is.EqualTo(a), "the restored row's bookkeeping is a's again too");
        Assert.That(History(fixture), Is.EqualTo(0));
        var audit = fixture.Connection.QuerySingle<(string User, string Action, long Batch)>("SELECT user_name, action, batch_id FROM audit_log");
        Assert.That(audit, Is.EqualTo(("anna", "BatchRolledBack", b)));
        Assert.That(a, Is.LessThan(b));
    }

    [Test]
    public void A_batch_whose_values_a_later_batch_changed_waits_for_that_one()
    {
        using var fixture = new StoreFixture();
        var a = Import(fixture, "a.csv", ("0180", Original));
        var b = Import(fixture, "b.csv", ("0180", Revised));

        var refused = BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, a, "anna");
        Assert.That(refused, Is.EqualTo(new RollbackOutcome(RollbackResult.SupersededByLaterBatch, 0, 0, b)));

        Assert.That(BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, b, "anna").Result, Is.EqualTo(RollbackResult.RolledBack));
        Assert.That(BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, a, "anna"), Is.EqualTo(new RollbackOutcome(RollbackResult.RolledBack, 0, 1)));
        Assert.That(Rows(fixture), Is.Empty);
        Assert.That(BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, a, "anna").Result, Is.EqualTo(RollbackResult.AlreadyRolledBack));
        Assert.That(BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, 999, "anna").Result, Is.EqualTo(RollbackResult.NotFound));
    }

    [Test]
    public void A_rejected_batch_has_nothing_to_roll_back()
    {
        using var fixture = new StoreFixture();
        long rejected;
        using (var writer = fixture.Store.BeginImport(new ImportBatchStart("bad.csv", "long-csv", "cc")))
        {
            writer.AddError(new ImportError(2, 1, "area", "unknown area"));
            rejected = writer.Finish(1, 1, keepGoodRows: false, dryRun: false).BatchId;
        }

        Assert.That(BatchRollback.Run(fixture.Store.Connections, TimeProvider.System, rejected, "anna").Result, Is.EqualTo(RollbackResult.NothingStored));
    }

    private static long Import(StoreFixture fixture, string file, params (string Area, ObservationValues Values)[] rows)
    {
        using var writer = fixture.Store.BeginImport(new ImportBatchStart(file, "long-csv", file));
        var indicator = writer.ResolveIndicator("N00923");
        foreach (var (area, values) in rows)
        {
            Assert.That(writer.Areas.TryResolve(area, out var areaId, out _), Is.True);
            Assert.That(writer.WriteObservation(indicator, areaId, "2021", "total", "total", values), Is.True);
        }

        var summary = writer.Finish(rows.Length, 0, keepGoodRows: false, dryRun: false);
        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        return summary.BatchId;
    }

    private static List<string> Rows(StoreFixture fixture) =>
        // seen_batch_id is left out: for a row a later batch only confirmed unchanged it keeps naming that batch,
        // which is bookkeeping for in-file duplicates (any later batch has a higher id), not part of the value.
        fixture.Connection.Query<(long Area, double? Value, string? Status, double? Se, double? Lb, double? Ub, double? Population, long Batch)>(
                "SELECT area_id, value, status, se, ci_lb, ci_ub, population, batch_id FROM observations ORDER BY area_id")
            .Select(r => r.ToString())
            .ToList();

    private static long History(StoreFixture fixture) => fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observation_history");
}
