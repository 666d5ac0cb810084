using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Observations;

/// <summary>Where a page of observations starts: the key of the last row of the page before (exclusive).</summary>
public sealed record ObservationKey(long IndicatorKey, long AreaKey, string Period, string Dimension, string Subgroup);

/// <summary>Which observations a page holds; null fields do not filter. Keys are database ids (resolve codes first).</summary>
public sealed record ObservationPageFilter(long? IndicatorKey, long? AreaKey, string? Period, string? Dimension);

/// <summary>One page of observations and the key to continue after, null on the last page.</summary>
public sealed record ObservationPage(IReadOnlyList<StoredObservation> Rows, ObservationKey? Next);

/// <summary>
/// Observations a page at a time in primary-key order (indicator, area, period, dimension, subgroup), continued
/// after the last key (keyset paging: each page is one range scan of the primary key, however deep it is, and a
/// row inserted meanwhile never shifts the pages). With an indicator the scan stays inside its key range; with only
/// an area it uses observations_by_area.
/// </summary>
public static class ObservationPageQuery
{
    /// <summary>At most <paramref name="size"/> rows after <paramref name="after"/>.</summary>
    public static ObservationPage Run(SqliteConnection connection, ObservationPageFilter filter, ObservationKey? after, int size)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var sql = new StringBuilder("""
            SELECT o.indicator_id AS IndicatorKey, o.area_id AS AreaKey, i.code AS Indicator, a.code AS Area, o.period AS Period,
                   o.dimension AS Dimension, o.subgroup AS Subgroup, o.value AS Value, o.status AS Status, o.se AS Se,
                   o.ci_lb AS CiLb, o.ci_ub AS CiUb, o.population AS Population, o.batch_id AS Batch
            FROM observations o
            JOIN indicators i ON i.id = o.indicator_id
            JOIN areas a ON a.id = o.area_id
            WHERE 1 = 1
            """);
        if (filter.IndicatorKey is not null)
        {
            sql.Append(" AND o.indicator_id = @IndicatorKey");
        }

        if (filter.AreaKey is not null)
        {
            sql.Append(" AND o.area_id = @AreaKey");
        }

        if (filter.Period is not null)
        {
            sql.Append(" AND o.period = @Period");
        }

        if (filter.Dimension is not null)
        {
            sql.Append(" AND o.dimension = @Dimension");
        }

        if (after is not null && filter.IndicatorKey == after.IndicatorKey)
        {
            // With the indicator fixed, the rest of the key is a range on the primary key (SQLite seeks to it;
            // comparing all five columns would make it scan the indicator's rows from the start).
            sql.Append(" AND (o.area_id, o.period, o.dimension, o.subgroup) > (@AfterArea, @AfterPeriod, @AfterDimension, @AfterSubgroup)");
        }
        else if (after is not null)
        {
            sql.Append(" AND (o.indicator_id, o.area_id, o.period, o.dimension, o.subgroup) > (@AfterIndicator, @AfterArea, @AfterPeriod, @AfterDimension, @AfterSubgroup)");
        }

        sql.Append(" ORDER BY o.indicator_id, o.area_id, o.period, o.dimension, o.subgroup LIMIT @Limit");
        var rows = connection.Query<Row>(sql.ToString(), new
        {
            filter.IndicatorKey,
            filter.AreaKey,
            filter.Period,
            filter.Dimension,
            AfterIndicator = after?.IndicatorKey,
            AfterArea = after?.AreaKey,
            AfterPeriod = after?.Period,
            AfterDimension = after?.Dimension,
            AfterSubgroup = after?.Subgroup,
            Limit = size + 1,
        }).ToList();
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var last = rows.Count > 0 ? rows[^1] : null;
        return new ObservationPage(
            [.. rows.Select(r => new StoredObservation(r.Indicator, r.Area, r.Period, r.Dimension, r.Subgroup, r.Value, r.Status, r.Se, r.CiLb, r.CiUb, r.Population, r.Batch))],
            more && last is not null ? new ObservationKey(last.IndicatorKey, last.AreaKey, last.Period, last.Dimension, last.Subgroup) : null);
    }

    private sealed class Row
    {
        public long IndicatorKey { get; set; }

        public long AreaKey { get; set; }

        public string Indicator { get; set; } = "";

        public string Area { get; set; } = "";

        public string Period { get; set; } = "";

        public string Dimension { get; set; } = "";

        public string Subgroup { get; set; } = "";

        public double? Value { get; set; }

        public string? Status { get; set; }

        public double? Se { get; set; }

        public double? CiLb { get; set; }

        public double? CiUb { get; set; }

        public double? Population { get; set; }

        public long Batch { get; set; }
    }
}
