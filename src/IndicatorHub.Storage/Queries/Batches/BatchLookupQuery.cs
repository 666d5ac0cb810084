using Dapper;
using IndicatorHub.Storage.Imports;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Batches;

/// <summary>One import batch by id: where a value on a page came from.</summary>
public static class BatchLookupQuery
{
    /// <summary>The batch, or null when there is none with that id.</summary>
    public static ImportBatch? Run(SqliteConnection connection, long batchId) =>
        connection.QuerySingleOrDefault<ImportBatch>(
            $"SELECT {BatchListQuery.Columns} FROM import_batches WHERE id = @Id", new { Id = batchId });
}
