using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Imports;

/// <summary>One batch in the import history, with who imported it and whether it was rolled back.</summary>
public sealed record ImportHistoryRow(
    long Id,
    string FileName,
    string Format,
    string Sha256,
    string StartedAt,
    string Status,
    long RowsRead,
    long RowsStored,
    long RowsChanged,
    long RowsRejected,
    string? ImportedBy,
    string? RolledBackAt,
    string? RolledBackBy);

/// <summary>The import batches, newest first, for /import/history.</summary>
public static class ImportHistoryQuery
{
    /// <summary>At most <paramref name="limit"/> batches, newest first.</summary>
    public static IReadOnlyList<ImportHistoryRow> Run(SqliteConnection connection, int limit = 200) =>
        connection.Query<ImportHistoryRow>(
                """
                SELECT id AS Id, file_name AS FileName, format AS Format, sha256 AS Sha256, started_at AS StartedAt, status AS Status,
                       rows_read AS RowsRead, rows_stored AS RowsStored, rows_changed AS RowsChanged, rows_rejected AS RowsRejected,
                       imported_by AS ImportedBy, rolled_back_at AS RolledBackAt, rolled_back_by AS RolledBackBy
                FROM import_batches ORDER BY id DESC LIMIT @Limit
                """,
                new { Limit = limit })
            .ToList();
}
