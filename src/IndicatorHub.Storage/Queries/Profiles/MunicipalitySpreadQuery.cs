using System.Globalization;
using System.Text;
using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Comparison;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Profiles;

/// <summary>The spread of one indicator and period among the areas of one kind, with the highest batch behind it.</summary>
public sealed record SpreadRow(long IndicatorKey, string Period, MunicipalitySpread Spread, long Batch);

/// <summary>
/// The spread (min, quartiles, median, max) among all areas of one kind — municipalities for a municipality's
/// profile — for many (indicator, period) pairs in one set-based statement: window functions number the values of
/// each pair and the percentiles are read off the order statistics, with <see cref="MunicipalitySpread"/>'s type-7
/// interpolation (integer division gives ⌊h⌋, the same in SQLite and PostgreSQL).
/// </summary>
public static class MunicipalitySpreadQuery
{
    /// <summary>At most this many pairs per statement (two parameters each, far below SQLite's 32 766).</summary>
    private const int PairsPerStatement = 2000;

    /// <summary>The spread of each pair that has at least one value, by (indicator key, period).</summary>
    public static IReadOnlyDictionary<(long IndicatorKey, string Period), SpreadRow> Run(
        SqliteConnection connection, AreaKind kind, IReadOnlyCollection<(long IndicatorKey, string Period)> pairs)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(pairs);
        var result = new Dictionary<(long, string), SpreadRow>();
        foreach (var chunk in pairs.Distinct().Chunk(PairsPerStatement))
        {
            var values = new StringBuilder();
            var parameters = new DynamicParameters();
            parameters.Add("Kind", AreaKinds.ToText(kind));
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@i{i}, @p{i})");
                parameters.Add("i" + i.ToString(CultureInfo.InvariantCulture), chunk[i].IndicatorKey);
                parameters.Add("p" + i.ToString(CultureInfo.InvariantCulture), chunk[i].Period);
            }

            var rows = connection.Query<Row>(
                $"""
                WITH pairs (indicator_id, period) AS (VALUES {values}),
                ranked AS (
                    SELECT o.indicator_id, o.period, o.value, o.batch_id,
                           ROW_NUMBER() OVER (PARTITION BY o.indicator_id, o.period ORDER BY o.value) - 1 AS k,
                           COUNT(*) OVER (PARTITION BY o.indicator_id, o.period) AS n
                    FROM pairs p
                    JOIN observations o ON o.indicator_id = p.indicator_id AND o.period = p.period
                    JOIN areas a ON a.id = o.area_id
                    WHERE a.kind = @Kind AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL)
                SELECT indicator_id AS IndicatorKey, period AS Period, MAX(n) AS N, MIN(value) AS Min, MAX(value) AS Max, MAX(batch_id) AS Batch,
                       MAX(CASE WHEN k = (n - 1) / 4 THEN value END) AS Lo25, MAX(CASE WHEN k = (n - 1) / 4 + 1 THEN value END) AS Hi25,
                       MAX(CASE WHEN k = (n - 1) / 2 THEN value END) AS Lo50, MAX(CASE WHEN k = (n - 1) / 2 + 1 THEN value END) AS Hi50,
                       MAX(CASE WHEN k = 3 * (n - 1) / 4 THEN value END) AS Lo75, MAX(CASE WHEN k = 3 * (n - 1) / 4 + 1 THEN value END) AS Hi75
                FROM ranked
                GROUP BY indicator_id, period
                """,
                parameters);
            foreach (var r in rows)
            {
                var spread = new MunicipalitySpread((int)r.N, r.Min, At(r.N, 0.25, r.Lo25, r.Hi25), At(r.N, 0.5, r.Lo50, r.Hi50), At(r.N, 0.75, r.Lo75, r.Hi75), r.Max);
                result[(r.IndicatorKey, r.Period)] = new SpreadRow(r.IndicatorKey, r.Period, spread, r.Batch);
            }
        }

        return result;
    }

    private static double At(long n, double p, double low, double? high)
    {
        var h = (n - 1) * p;
        var fraction = h - Math.Floor(h);
        return high is { } next && fraction > 0 ? low + fraction * (next - low) : low;
    }

    private sealed class Row
    {
        public long IndicatorKey { get; set; }

        public string Period { get; set; } = "";

        public long N { get; set; }

        public double Min { get; set; }

        public double Max { get; set; }

        public long Batch { get; set; }

        public double Lo25 { get; set; }

        public double? Hi25 { get; set; }

        public double Lo50 { get; set; }

        public double? Hi50 { get; set; }

        public double Lo75 { get; set; }

        public double? Hi75 { get; set; }
    }
}
