using Dapper;
using IndicatorHub.Storage.Imports;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Batches;

/// <summary>Import batches, newest first: each file with its SHA-256, parser and counts.</summary>
public static class BatchListQuery
{
    internal const string Columns = """
        id, file_name AS FileName, format, sha256, started_at AS StartedAt, finished_at AS FinishedAt, status,
        rows_read AS RowsRead, rows_stored AS RowsStored, rows_changed AS RowsChanged,
        rows_rejected AS RowsRejected, error_count AS ErrorCount, rows_empty AS RowsEmpty
        """;

    /// <summary>Every batch, or the newest <paramref name="limit"/>.</summary>
    public static IReadOnlyList<ImportBatch> Run(SqliteConnection connection, int? limit = null) =>
        connection.Query<ImportBatch>(
                $"SELECT {Columns} FROM import_batches ORDER BY id DESC LIMIT @Limit",
                new { Limit = limit ?? -1 })
            .ToList();
}
