using Dapper;
using IndicatorHub.Storage.Imports;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Batches;

/// <summary>A page of the errors kept for one batch, in file order.</summary>
/// <param name="Errors">The errors on this page.</param>
/// <param name="Kept">How many errors the batch keeps in all.</param>
/// <param name="Offset">How many kept errors come before this page.</param>
public sealed record BatchErrorPage(IReadOnlyList<ImportError> Errors, long Kept, long Offset);

/// <summary>The errors kept for a batch, in file order, whole or a page at a time.</summary>
public static class BatchErrorsQuery
{
    /// <summary>Every kept error of the batch (the CLI's `list errors`).</summary>
    public static IReadOnlyList<ImportError> Run(SqliteConnection connection, long batchId) =>
        Page(connection, batchId, 0, -1).Errors;

    /// <summary><paramref name="limit"/> errors after the first <paramref name="offset"/> (a negative limit reads to the end).</summary>
    public static BatchErrorPage Page(SqliteConnection connection, long batchId, long offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var kept = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM import_errors WHERE batch_id = @BatchId", new { BatchId = batchId });
        var errors = connection.Query<(long Line, long Column, string? Field, string Reason)>(
                "SELECT line, col, field, reason FROM import_errors WHERE batch_id = @BatchId ORDER BY seq LIMIT @Limit OFFSET @Offset",
                new { BatchId = batchId, Limit = limit, Offset = offset })
            .Select(e => new ImportError(e.Line, (int)e.Column, e.Field, e.Reason))
            .ToList();
        return new BatchErrorPage(errors, kept, offset);
    }
}
