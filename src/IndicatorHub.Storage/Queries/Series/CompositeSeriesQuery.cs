using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Series;

/// <summary>One subgroup's value of a composite dimension (turnout by income quintile) for one period.</summary>
/// <param name="SourceIndicator">The indicator that holds the subgroup (N65870).</param>
public sealed record CompositeValue(string SourceIndicator, string Period, double Value, long Batch);

/// <summary>
/// The total values of several indicators for one area: the subgroups of a composite dimension
/// (data/dimensions), which Kolada publishes as one indicator per subgroup.
/// </summary>
public static class CompositeSeriesQuery
{
    /// <summary>Values of the indicators <paramref name="indicatorCodes"/> in the area with database id <paramref name="areaKey"/>, oldest first.</summary>
    public static IReadOnlyList<CompositeValue> Run(SqliteConnection connection, long areaKey, IReadOnlyCollection<string> indicatorCodes)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<CompositeValue>(
                """
                SELECT i.code AS SourceIndicator, o.period AS Period, o.value AS Value, o.batch_id AS Batch
                FROM indicators i
                JOIN observations o ON o.indicator_id = i.id
                WHERE i.code IN @Codes AND o.area_id = @Area AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                ORDER BY o.period
                """,
                new { Codes = indicatorCodes, Area = areaKey })
            .ToList();
    }

    /// <summary>The database ids of the indicators <paramref name="indicatorCodes"/> that the store holds.</summary>
    public static IReadOnlyList<long> KeysOf(SqliteConnection connection, IReadOnlyCollection<string> indicatorCodes)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<long>("SELECT id FROM indicators WHERE code IN @Codes", new { Codes = indicatorCodes }).ToList();
    }
}
