using Dapper;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>Every import batch, newest first.</summary>
    public IReadOnlyList<ImportBatch> GetBatches()
    {
        using var connection = _connections.Open();
        return connection.Query<ImportBatch>(BatchSelect + " ORDER BY id DESC").ToList();
    }

    /// <summary>The columns of <see cref="ImportBatch"/>, in its constructor's order.</summary>
    internal const string BatchSelect = """
        SELECT id, file_name AS FileName, format, sha256, started_at AS StartedAt, finished_at AS FinishedAt, status,
               rows_read AS RowsRead, rows_stored AS RowsStored, rows_changed AS RowsChanged,
               rows_rejected AS RowsRejected, error_count AS ErrorCount
        FROM import_batches
        """;

    /// <summary>The errors kept for a batch, in file order.</summary>
    public IReadOnlyList<ImportError> GetBatchErrors(long batchId)
    {
        using var connection = _connections.Open();
        return connection.Query<(long Line, long Column, string? Field, string Reason)>(
                "SELECT line, col, field, reason FROM import_errors WHERE batch_id = @BatchId ORDER BY seq",
                new { BatchId = batchId })
            .Select(e => new ImportError(e.Line, (int)e.Column, e.Field, e.Reason))
            .ToList();
    }
}
