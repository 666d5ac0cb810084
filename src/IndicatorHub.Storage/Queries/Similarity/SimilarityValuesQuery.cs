using Dapper;
using IndicatorHub.Core.Similarity;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Similarity;

/// <summary>
/// The values that similar municipalities are computed from: every municipality's total (no breakdown) value of
/// the chosen indicators in one period, in one statement, with the highest batch behind them.
/// </summary>
public static class SimilarityValuesQuery
{
    /// <summary>The values (area = SCB code) and the highest batch that set one of them (0 when none).</summary>
    public static (IReadOnlyList<SimilarityValue> Values, long Batch) Run(SqliteConnection connection, IReadOnlyCollection<string> indicatorCodes, string period)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(indicatorCodes);
        var rows = connection.Query<Row>(
            """
            SELECT a.code AS Area, i.code AS Indicator, o.value AS Value, o.batch_id AS Batch
            FROM indicators i
            JOIN observations o ON o.indicator_id = i.id
            JOIN areas a ON a.id = o.area_id
            WHERE i.code IN @Codes AND o.period = @Period AND o.dimension = 'total' AND o.subgroup = 'total'
              AND o.value IS NOT NULL AND a.kind = 'municipality'
            """,
            new { Codes = indicatorCodes, Period = period }).ToList();
        return ([.. rows.Select(r => new SimilarityValue(r.Area, r.Indicator, r.Value))], rows.Count == 0 ? 0 : rows.Max(r => r.Batch));
    }

    /// <summary>
    /// The years (four-digit periods) in which <paramref name="areaCode"/> has a total value for any of the
    /// indicators, latest first, with how many of them it has: a page picks the latest year with the most.
    /// </summary>
    public static IReadOnlyList<(string Period, int Indicators)> Years(SqliteConnection connection, string areaCode, IReadOnlyCollection<string> indicatorCodes)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<(string, int)>(
            """
            SELECT o.period, COUNT(*)
            FROM indicators i
            JOIN observations o ON o.indicator_id = i.id
            JOIN areas a ON a.id = o.area_id
            WHERE i.code IN @Codes AND a.code = @Area AND o.dimension = 'total' AND o.subgroup = 'total'
              AND o.value IS NOT NULL AND length(o.period) = 4
            GROUP BY o.period
            ORDER BY o.period DESC
            """,
            new { Codes = indicatorCodes, Area = areaCode }).ToList();
    }

    private sealed class Row
    {
        public string Area { get; set; } = "";

        public string Indicator { get; set; } = "";

        public double Value { get; set; }

        public long Batch { get; set; }
    }
}
