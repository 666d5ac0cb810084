using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Audit;

namespace IndicatorHub.Storage.Imports;

/// <summary>Why a rollback did or did not happen.</summary>
public enum RollbackResult
{
    /// <summary>The batch's values are gone and the values it replaced are back.</summary>
    RolledBack,

    /// <summary>No such batch.</summary>
    NotFound,

    /// <summary>The batch stored nothing (rejected), so there is nothing to roll back.</summary>
    NothingStored,

    /// <summary>The batch was rolled back before.</summary>
    AlreadyRolledBack,

    /// <summary>A later batch changed values this batch set; roll that one back first.</summary>
    SupersededByLaterBatch,
}

/// <summary>The figures of a rollback.</summary>
/// <param name="Result">What happened.</param>
/// <param name="Restored">Values put back as they were before the batch.</param>
/// <param name="Removed">Values the batch had added, now removed.</param>
/// <param name="BlockingBatch">With <see cref="RollbackResult.SupersededByLaterBatch"/>: the latest batch that changed one of its values.</param>
public sealed record RollbackOutcome(RollbackResult Result, long Restored, long Removed, long? BlockingBatch = null);

/// <summary>
/// Rolls back an import batch. Rule: a batch can be rolled back only while every value it set is still its own
/// (no later batch replaced it); rolling back the later batch first makes it possible, so batches come off in
/// reverse order and each restores exactly what it replaced (value, status, statistics, the batch that had
/// set it). Values the batch added are removed; values it only confirmed unchanged stay. Indicators it created
/// stay (with their metadata) so links to them keep working. Run it through the writer queue.
/// </summary>
public static class BatchRollback
{
    /// <summary>Rolls back <paramref name="batchId"/> for <paramref name="user"/>, in one transaction with its audit entry.</summary>
    public static RollbackOutcome Run(SqliteConnectionFactory connections, TimeProvider clock, long batchId, string user)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        var batch = connection.QuerySingleOrDefault<BatchState>(
            "SELECT status AS Status, rolled_back_at AS RolledBackAt FROM import_batches WHERE id = @Id", new { Id = batchId }, transaction);
        if (batch is null)
        {
            return new RollbackOutcome(RollbackResult.NotFound, 0, 0);
        }

        if (batch.RolledBackAt is not null)
        {
            return new RollbackOutcome(RollbackResult.AlreadyRolledBack, 0, 0);
        }

        if (batch.Status == "rejected")
        {
            return new RollbackOutcome(RollbackResult.NothingStored, 0, 0);
        }

        var blocking = connection.ExecuteScalar<long?>(
            "SELECT MAX(replaced_by) FROM observation_history WHERE old_batch_id = @Id", new { Id = batchId }, transaction);
        if (blocking is not null)
        {
            return new RollbackOutcome(RollbackResult.SupersededByLaterBatch, 0, 0, blocking);
        }

        // Restoring moves batch_id back, which fires the history trigger; those rows describe the rollback
        // itself, not an import, and are dropped below.
        var mark = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM observation_history", transaction: transaction);
        var restored = connection.Execute(
            """
            UPDATE observations SET (value, status, se, ci_lb, ci_ub, population, batch_id, seen_batch_id) = (
                SELECT h.value, h.status, h.se, h.ci_lb, h.ci_ub, h.population, h.old_batch_id, h.old_seen_batch_id
                FROM observation_history h
                WHERE h.replaced_by = @Id AND h.indicator_id = observations.indicator_id AND h.area_id = observations.area_id
                  AND h.period = observations.period AND h.dimension = observations.dimension AND h.subgroup = observations.subgroup)
            WHERE batch_id = @Id AND EXISTS (
                SELECT 1 FROM observation_history h
                WHERE h.replaced_by = @Id AND h.indicator_id = observations.indicator_id AND h.area_id = observations.area_id
                  AND h.period = observations.period AND h.dimension = observations.dimension AND h.subgroup = observations.subgroup)
            """,
            new { Id = batchId },
            transaction);
        var removed = connection.Execute("DELETE FROM observations WHERE batch_id = @Id", new { Id = batchId }, transaction);
        connection.Execute("DELETE FROM observation_history WHERE replaced_by = @Id OR id > @Mark", new { Id = batchId, Mark = mark }, transaction);
        connection.Execute(
            "UPDATE import_batches SET rolled_back_at = @At, rolled_back_by = @User WHERE id = @Id",
            new { At = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), User = user, Id = batchId },
            transaction);
        AuditLog.Write(connection, transaction, clock, user, AuditAction.BatchRolledBack, batchId,
            string.Create(CultureInfo.InvariantCulture, $"restored {restored}, removed {removed}"));
        transaction.Commit();
        return new RollbackOutcome(RollbackResult.RolledBack, restored, removed);
    }

    private sealed record BatchState(string Status, string? RolledBackAt);

    /// <summary>Records who imported a batch and where its uploaded file is kept, with the audit entry.</summary>
    public static void RecordImport(SqliteConnectionFactory connections, TimeProvider clock, long batchId, string user, string? storedFile)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            "UPDATE import_batches SET imported_by = @User, stored_file = @File WHERE id = @Id",
            new { User = user, File = storedFile, Id = batchId },
            transaction);
        AuditLog.Write(connection, transaction, clock, user, AuditAction.BatchImported, batchId, storedFile);
        transaction.Commit();
    }
}
