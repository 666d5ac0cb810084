using System.Text;
using Dapper;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>
    /// Streams observations ordered by indicator, area, period, dimension and subgroup. The connection stays
    /// open while the caller enumerates, so a large export never sits in memory.
    /// </summary>
    /// <exception cref="ArgumentException">The filter names an area the store does not know.</exception>
    public IEnumerable<StoredObservation> ReadObservations(ObservationFilter filter)
    {
        long? areaId = null;
        if (filter.Area is not null)
        {
            if (!LoadAreaDirectory().TryResolve(filter.Area, out var id, out _))
            {
                throw new ArgumentException($"Unknown area '{filter.Area}'.", nameof(filter));
            }

            areaId = id;
        }

        return Stream(filter, areaId);
    }

    /// <summary>How many observations the store holds.</summary>
    public long CountObservations()
    {
        using var connection = _connections.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observations");
    }

    private IEnumerable<StoredObservation> Stream(ObservationFilter filter, long? areaId)
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

        if (areaId is not null)
        {
            sql.Append(" AND o.area_id = @AreaId");
        }

        if (filter.Dimension is not null)
        {
            sql.Append(" AND o.dimension = @Dimension");
        }

        sql.Append(" ORDER BY i.code, a.code, o.period, o.dimension, o.subgroup");
        using var connection = _connections.Open();
        foreach (var row in connection.Query<StoredObservation>(
                     sql.ToString(), new { filter.Indicator, AreaId = areaId, filter.Dimension }, buffered: false))
        {
            yield return row;
        }
    }
}
