using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Series;

/// <summary>
/// The highest batch id among the stored inputs of a view, the version a chart's ETag and render cache key on:
/// a value changes only through a batch that sets it (an identical re-import keeps the old batch ids), so a new
/// highest batch id is the only way the inputs can have changed by an import. A rollback can remove values without
/// changing it, so caches key on the data generation instead (<see cref="Generations.DataGenerationWatch"/>).
/// </summary>
public static class InputVersionQuery
{
    /// <summary>The highest batch that set an observation or the metadata of the indicators <paramref name="indicatorKeys"/>; 0 when none.</summary>
    public static long ForIndicators(SqliteConnection connection, IReadOnlyCollection<long> indicatorKeys)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteScalar<long?>(
            """
            SELECT MAX(b) FROM (
                SELECT MAX(batch_id) AS b FROM observations WHERE indicator_id IN @Keys
                UNION ALL
                SELECT MAX(batch_id) AS b FROM indicators WHERE id IN @Keys) AS inputs
            """,
            new { Keys = indicatorKeys }) ?? 0;
    }

    /// <summary>The highest batch of all (any import may change a spread among municipalities); 0 when none.</summary>
    public static long Latest(SqliteConnection connection) =>
        connection.ExecuteScalar<long?>("SELECT MAX(id) FROM import_batches") ?? 0;
}
