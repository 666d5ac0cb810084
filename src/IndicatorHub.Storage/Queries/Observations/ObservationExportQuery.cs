using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Observations;

/// <summary>
/// Observations ordered by indicator, area, period, dimension and subgroup, each with the batch that set it: the
/// rows of `indicatorhub export observations` and of the long CSV format, so export → import round-trips.
/// </summary>
public static class ObservationExportQuery
{
    /// <summary>
    /// Streams the rows <paramref name="filter"/> selects; the connection must stay open while the caller
    /// enumerates, so a large export never sits in memory. <see cref="ObservationFilter.Area"/> is an SCB code
    /// (resolve names with <see cref="Areas.AreaLookupQuery"/> first).
    /// </summary>
    public static IEnumerable<StoredObservation> Run(SqliteConnection connection, ObservationFilter filter)
    {
        var sql = new StringBuilder("""
            SELECT i.code AS Indicator, a.code AS Area, o.period, o.dimension, o.subgroup, o.value, o.status,
                   o.se, o.ci_lb AS CiLb, o.ci_ub AS CiUb, o.population, o.batch_id AS Batch
            FROM observations o
            JOIN indicators i ON i.id = o.indicator_id
            JOIN areas a ON a.id = o.area_id
            WHERE 1 = 1
            """);
        if (filter.Indicator is not null)
        {
            sql.Append(" AND i.code = @Indicator");
        }

        if (filter.Area is not null)
        {
            sql.Append(" AND a.code = @Area");
        }

        if (filter.Dimension is not null)
        {
            sql.Append(" AND o.dimension = @Dimension");
        }

        sql.Append(" ORDER BY i.code, a.code, o.period, o.dimension, o.subgroup");
        return connection.Query<StoredObservation>(sql.ToString(), new { filter.Indicator, filter.Area, filter.Dimension }, buffered: false);
    }
}
