using Dapper;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Batches;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Reports;

/// <summary>
/// The batches behind a report's indicators: every batch that set a value of them in any area (a spread, a
/// kommungrupp mean and riket are read from all areas) or their metadata, oldest first, each with its file,
/// SHA-256 and parser.
/// </summary>
public static class ReportSourcesQuery
{
    /// <summary>The batches behind the indicators <paramref name="indicatorKeys"/>; empty for none.</summary>
    public static IReadOnlyList<ImportBatch> Run(SqliteConnection connection, IReadOnlyCollection<long> indicatorKeys)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(indicatorKeys);
        if (indicatorKeys.Count == 0)
        {
            return [];
        }

        return connection.Query<ImportBatch>(
                $"""
                SELECT {BatchListQuery.Columns} FROM import_batches
                WHERE id IN (SELECT batch_id FROM observations WHERE indicator_id IN @Keys
                             UNION SELECT batch_id FROM indicators WHERE id IN @Keys)
                ORDER BY id
                """,
                new { Keys = indicatorKeys })
            .ToList();
    }
}
