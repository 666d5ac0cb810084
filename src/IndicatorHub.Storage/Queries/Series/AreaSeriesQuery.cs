using Dapper;
using IndicatorHub.Storage.Queries.Profiles;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Series;

/// <summary>One indicator over time for an area and what it is compared with, each series oldest first.</summary>
/// <param name="Area">The area's total values.</param>
/// <param name="Country">Riket's.</param>
/// <param name="County">The county's (municipalities only).</param>
/// <param name="Group">The kommungrupp's mean per period (municipalities only).</param>
/// <param name="Women">The area's values for women.</param>
/// <param name="Men">The area's values for men.</param>
public sealed record AreaSeries(
    IReadOnlyList<StoredValue> Area,
    IReadOnlyList<StoredValue> Country,
    IReadOnlyList<StoredValue> County,
    IReadOnlyList<GroupMeanValue> Group,
    IReadOnlyList<StoredValue> Women,
    IReadOnlyList<StoredValue> Men)
{
    /// <summary>Women and men where both have a value, oldest first.</summary>
    public IReadOnlyList<SexPair> SexPairs =>
        Women.Join(Men, w => w.Period, m => m.Period, (w, m) => new SexPair(w.Period, w, m), StringComparer.Ordinal).ToList();
}

/// <summary>The series of one indicator for an area, riket, the county and the kommungrupp, in two statements.</summary>
public static class AreaSeriesQuery
{
    /// <summary>Reads the series of indicator <paramref name="indicatorKey"/> around <paramref name="area"/>.</summary>
    public static AreaSeries Run(SqliteConnection connection, long indicatorKey, ProfileArea area)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(area);
        var rows = connection.Query<Row>(
            """
            SELECT o.area_id AS AreaKey, o.dimension AS Dimension, o.subgroup AS Subgroup, o.period AS Period, o.value AS Value,
                   o.ci_lb AS Lower, o.ci_ub AS Upper, o.se AS Se, o.batch_id AS Batch
            FROM observations o
            WHERE o.indicator_id = @Indicator AND o.area_id IN (@Area, @Country, @County) AND o.value IS NOT NULL
              AND (o.dimension = 'total' AND o.subgroup = 'total' OR o.dimension = 'sex' AND o.area_id = @Area)
            ORDER BY o.period
            """,
            new { Indicator = indicatorKey, Area = area.Key, Country = area.CountryKey ?? -1, County = area.CountyKey ?? -1 }).ToList();
        var group = area.GroupId is null
            ? []
            : connection.Query<GroupRow>(
                """
                SELECT o.period AS Period, AVG(o.value) AS Value, COUNT(*) AS Members, MAX(o.batch_id) AS Batch
                FROM observations o
                WHERE o.indicator_id = @Indicator AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
                  AND o.area_id IN (SELECT id FROM areas WHERE kind = 'municipality' AND municipality_group_id = @Group)
                GROUP BY o.period
                ORDER BY o.period
                """,
                new { Indicator = indicatorKey, Group = area.GroupId })
                .Select(g => new GroupMeanValue(g.Period, g.Value, (int)g.Members, g.Batch)).ToList();

        List<StoredValue> Of(long? key, string dimension, string subgroup) =>
            key is null ? [] : rows.Where(r => r.AreaKey == key && r.Dimension == dimension && r.Subgroup == subgroup).Select(r => r.ToValue()).ToList();
        var isCountry = area.Key == area.CountryKey;
        return new AreaSeries(
            Of(area.Key, "total", "total"),
            isCountry ? [] : Of(area.CountryKey, "total", "total"),
            area.CountyKey == area.Key ? [] : Of(area.CountyKey, "total", "total"),
            group,
            Of(area.Key, "sex", "female"),
            Of(area.Key, "sex", "male"));
    }

    private sealed class Row
    {
        public long AreaKey { get; set; }

        public string Dimension { get; set; } = "";

        public string Subgroup { get; set; } = "";

        public string Period { get; set; } = "";

        public double Value { get; set; }

        public double? Lower { get; set; }

        public double? Upper { get; set; }

        public double? Se { get; set; }

        public long Batch { get; set; }

        public StoredValue ToValue() => new(Period, Value, Batch, Lower, Upper, Se);
    }

    private sealed class GroupRow
    {
        public string Period { get; set; } = "";

        public double Value { get; set; }

        public long Members { get; set; }

        public long Batch { get; set; }
    }
}
