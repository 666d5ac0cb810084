using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Profiles;

/// <summary>What an area's profile shows for one indicator, every value with its batch.</summary>
/// <param name="IndicatorKey">The indicator's database id.</param>
/// <param name="Latest">The area's latest value (dimension total).</param>
/// <param name="Previous">The value of the period before <paramref name="Latest"/>.</param>
/// <param name="Base">The first value in or after the base year (2015), the start of "since 2015".</param>
/// <param name="Country">Riket's value for the latest period.</param>
/// <param name="County">The county's value for the latest period (municipalities only).</param>
/// <param name="Group">The kommungrupp's mean for the latest period (municipalities only).</param>
/// <param name="SexLatest">Women and men in the latest period both have a value.</param>
/// <param name="SexBase">Women and men in the first period in or after the base year both have a value.</param>
public sealed record ProfileIndicatorValues(
    long IndicatorKey,
    StoredValue Latest,
    StoredValue? Previous,
    StoredValue? Base,
    StoredValue? Country,
    StoredValue? County,
    GroupMeanValue? Group,
    SexPair? SexLatest,
    SexPair? SexBase);

/// <summary>
/// Every indicator with a value in one area, with what the profile compares it with: two statements in all,
/// whatever the number of indicators (the area's own rows, and riket's, the county's and the kommungrupp's values at
/// each indicator's latest period). The area's rows are read by seeking the primary key once per indicator
/// (CROSS JOIN fixes that loop order in SQLite): no area-first index is kept, because one costs imports more
/// than it saves here (migration 13).
/// </summary>
public static class ProfileQuery
{
    /// <summary>The base year of "since 2015" and of the women–men gap's trend.</summary>
    public const int BaseYear = 2015;

    /// <summary>Per indicator, dimension and subgroup of the area: the two newest periods, and the oldest in or after the base year.</summary>
    internal const string OwnRowsSql =
        """
        SELECT IndicatorKey, Dimension, Subgroup, Period, Value, Lower, Upper, Se, Batch, Newest, OldestSince FROM (
            SELECT o.indicator_id AS IndicatorKey, o.dimension AS Dimension, o.subgroup AS Subgroup, o.period AS Period,
                   o.value AS Value, o.ci_lb AS Lower, o.ci_ub AS Upper, o.se AS Se, o.batch_id AS Batch,
                   ROW_NUMBER() OVER (PARTITION BY o.indicator_id, o.dimension, o.subgroup ORDER BY o.period DESC) AS Newest,
                   ROW_NUMBER() OVER (PARTITION BY o.indicator_id, o.dimension, o.subgroup, o.period >= @Base ORDER BY o.period) AS OldestSince
            FROM indicators i CROSS JOIN observations o
            WHERE o.indicator_id = i.id AND o.area_id = @Area AND o.value IS NOT NULL AND o.dimension IN ('total', 'sex')
              AND (o.dimension = 'sex' OR o.subgroup = 'total')
        ) AS ranked
        WHERE Newest <= 2 OR (OldestSince = 1 AND Period >= @Base)
        """;

    /// <summary>Riket's, the county's and the kommungrupp's values at each of the area's indicators' latest period.</summary>
    internal const string BenchmarksSql =
        """
        WITH latest AS (
            SELECT o.indicator_id, MAX(o.period) AS period FROM indicators i CROSS JOIN observations o
            WHERE o.indicator_id = i.id AND o.area_id = @Area AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
            GROUP BY o.indicator_id)
        SELECT l.indicator_id AS IndicatorKey, CASE WHEN o.area_id = @Country THEN 'country' ELSE 'county' END AS Role,
               o.period AS Period, o.value AS Value, o.batch_id AS Batch, 1 AS Members
        FROM latest l CROSS JOIN observations o
        WHERE o.indicator_id = l.indicator_id AND o.area_id IN (@Country, @County) AND o.period = l.period
          AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
        UNION ALL
        SELECT l.indicator_id, 'group', l.period, AVG(o.value), MAX(o.batch_id), COUNT(*)
        FROM latest l CROSS JOIN observations o
        WHERE o.indicator_id = l.indicator_id
          AND o.area_id IN (SELECT id FROM areas WHERE kind = 'municipality' AND municipality_group_id = @Group)
          AND o.period = l.period AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
        GROUP BY l.indicator_id, l.period
        """;

    /// <summary>Runs both statements for <paramref name="area"/>.</summary>
    public static IReadOnlyList<ProfileIndicatorValues> Run(SqliteConnection connection, ProfileArea area)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(area);
        var baseText = BaseYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var own = connection.Query<OwnRow>(
            OwnRowsSql,
            new { Area = area.Key, Base = baseText }).ToList();

        var benchmarks = connection.Query<BenchmarkRow>(
            BenchmarksSql,
            new { Area = area.Key, Country = area.CountryKey ?? -1, County = area.CountyKey ?? -1, Group = area.GroupId ?? "" })
            .ToLookup(b => b.IndicatorKey);

        var result = new List<ProfileIndicatorValues>();
        foreach (var indicator in own.GroupBy(r => r.IndicatorKey))
        {
            var total = indicator.Where(r => r.Dimension == "total").ToList();
            var latest = total.FirstOrDefault(r => r.Newest == 1);
            if (latest is null)
            {
                continue;
            }

            var previous = total.FirstOrDefault(r => r.Newest == 2);
            var baseRow = total.FirstOrDefault(r => r.OldestSince == 1 && string.CompareOrdinal(r.Period, baseText) >= 0);
            var marks = benchmarks[indicator.Key].ToList();
            var group = marks.FirstOrDefault(m => m.Role == "group");
            result.Add(new ProfileIndicatorValues(
                indicator.Key,
                latest.ToValue(),
                previous?.ToValue(),
                baseRow is null || baseRow.Period == latest.Period ? null : baseRow.ToValue(),
                marks.FirstOrDefault(m => m.Role == "country")?.ToValue(),
                marks.FirstOrDefault(m => m.Role == "county")?.ToValue(),
                group is null ? null : new GroupMeanValue(group.Period, group.Value, (int)group.Members, group.Batch),
                Sex(indicator, r => r.Newest == 1),
                Sex(indicator, r => r.OldestSince == 1 && string.CompareOrdinal(r.Period, baseText) >= 0)));
        }

        return result;
    }

    private static SexPair? Sex(IEnumerable<OwnRow> rows, Func<OwnRow, bool> which)
    {
        var sex = rows.Where(r => r.Dimension == "sex" && which(r)).ToList();
        var women = sex.FirstOrDefault(r => r.Subgroup == "female");
        var men = sex.FirstOrDefault(r => r.Subgroup == "male");
        return women is null || men is null || women.Period != men.Period ? null : new SexPair(women.Period, women.ToValue(), men.ToValue());
    }

    private sealed class OwnRow
    {
        public long IndicatorKey { get; set; }

        public string Dimension { get; set; } = "";

        public string Subgroup { get; set; } = "";

        public string Period { get; set; } = "";

        public double Value { get; set; }

        public double? Lower { get; set; }

        public double? Upper { get; set; }

        public double? Se { get; set; }

        public long Batch { get; set; }

        public long Newest { get; set; }

        public long OldestSince { get; set; }

        public StoredValue ToValue() => new(Period, Value, Batch, Lower, Upper, Se);
    }

    private sealed class BenchmarkRow
    {
        public long IndicatorKey { get; set; }

        public string Role { get; set; } = "";

        public string Period { get; set; } = "";

        public double Value { get; set; }

        public long Batch { get; set; }

        public long Members { get; set; }

        public StoredValue ToValue() => new(Period, Value, Batch);
    }
}
