using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Rankings;

/// <summary>One municipality's value in a ranking.</summary>
/// <param name="AreaCode">SCB code.</param>
/// <param name="AreaName">Name.</param>
/// <param name="CountyCode">The county it belongs to.</param>
/// <param name="Value">The value (dimension total).</param>
/// <param name="Batch">The batch that set it.</param>
public sealed record RankingValue(string AreaCode, string AreaName, string? CountyCode, double Value, long Batch);

/// <summary>All municipalities' values of one indicator for one period, and the periods there are.</summary>
public static class RankingQuery
{
    /// <summary>The periods in which at least one municipality has a value, newest first.</summary>
    public static IReadOnlyList<string> Periods(SqliteConnection connection, long indicatorKey)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<string>(
                """
                SELECT DISTINCT o.period FROM observations o JOIN areas a ON a.id = o.area_id
                WHERE o.indicator_id = @Indicator AND a.kind = 'municipality' AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                ORDER BY o.period DESC
                """,
                new { Indicator = indicatorKey })
            .ToList();
    }

    /// <summary>Every municipality with a value for <paramref name="period"/>, in code order.</summary>
    public static IReadOnlyList<RankingValue> Run(SqliteConnection connection, long indicatorKey, string period)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<RankingValue>(
                """
                SELECT a.code AS AreaCode, a.name AS AreaName, a.county_code AS CountyCode, o.value AS Value, o.batch_id AS Batch
                FROM observations o JOIN areas a ON a.id = o.area_id
                WHERE o.indicator_id = @Indicator AND o.period = @Period AND a.kind = 'municipality'
                  AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                ORDER BY a.code
                """,
                new { Indicator = indicatorKey, Period = period })
            .ToList();
    }

    /// <summary>Riket's value for <paramref name="period"/>, if stored.</summary>
    public static Profiles.StoredValue? Country(SqliteConnection connection, long indicatorKey, string period)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.QuerySingleOrDefault<Profiles.StoredValue>(
            """
            SELECT o.period AS Period, o.value AS Value, o.batch_id AS Batch, o.ci_lb AS Lower, o.ci_ub AS Upper, o.se AS StandardError
            FROM observations o JOIN areas a ON a.id = o.area_id
            WHERE o.indicator_id = @Indicator AND o.period = @Period AND a.kind = 'country'
              AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
            """,
            new { Indicator = indicatorKey, Period = period });
    }
}
