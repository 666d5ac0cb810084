using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Sdg;

/// <summary>
/// Which areas have data for each mapped indicator in its latest years: the input <see cref="SdgCoverage.Compute"/>
/// needs, read in one query.
/// <para>
/// Definitions. A period counts by the year it ends in ("2021-2024" → 2024, "2025-01" → 2025), because Agenda
/// 2030 follow-up is annual; a monthly indicator's months collapse into years. The scope is every municipality
/// (areas of kind municipality) or one area. An indicator's latest years are the greatest years in which it has any
/// row, even an empty one, for an area of the scope's kind — the same for every area of that kind, so a municipality
/// whose newest value is five years old is blind on it rather than credited with old data. An area has data in a
/// year when it has a non-null value in any dimension and subgroup (a value published only by sex still tells a
/// planner something). Only mapped indicators are read; one without rows in scope is absent, which coverage counts
/// as no data.
/// </para>
/// </summary>
public static class SdgAvailabilityQuery
{
    /// <summary>Runs the query.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="area">One area (resolved with <see cref="Areas.AreaLookupQuery"/>), or null for all municipalities.</param>
    /// <param name="periods">How many latest years per indicator (3 by default).</param>
    public static IReadOnlyList<SdgIndicatorAvailability> Run(SqliteConnection connection, Area? area = null, int periods = SdgCoverage.DefaultPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        var kind = area is null ? "municipality" : AreaKinds.ToText(area.Kind);

        // substr/length/CAST and window functions read the same in SQLite and PostgreSQL.
        var rows = connection.Query<(string Indicator, long Year, string? Area)>(
            $"""
            WITH scoped AS (
                SELECT o.indicator_id,
                       CAST(substr(o.period, CASE WHEN length(o.period) = 9 THEN 6 ELSE 1 END, 4) AS INTEGER) AS year,
                       o.area_id, o.value
                FROM observations o
                JOIN areas a ON a.id = o.area_id
                JOIN indicators i ON i.id = o.indicator_id
                WHERE a.kind = @Kind AND i.code IN (SELECT indicator_code FROM sdg_mappings)
            ),
            ranked AS (
                SELECT indicator_id, year, ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY year DESC) AS recency
                FROM (SELECT DISTINCT indicator_id, year FROM scoped) y
            ),
            present AS (
                SELECT DISTINCT indicator_id, year, area_id FROM scoped
                WHERE value IS NOT NULL{(area is null ? "" : " AND area_id = (SELECT id FROM areas WHERE code = @AreaCode)")}
            )
            SELECT i.code AS Indicator, r.year AS Year, a.code AS Area
            FROM ranked r
            JOIN indicators i ON i.id = r.indicator_id
            LEFT JOIN present p ON p.indicator_id = r.indicator_id AND p.year = r.year
            LEFT JOIN areas a ON a.id = p.area_id
            WHERE r.recency <= @Periods
            ORDER BY i.code, r.year, a.code
            """,
            new { Kind = kind, AreaCode = area?.Code, Periods = periods });

        return rows
            .GroupBy(r => r.Indicator, StringComparer.Ordinal)
            .Select(g => new SdgIndicatorAvailability(
                g.Key,
                g.GroupBy(r => (int)r.Year).ToDictionary(
                    y => y.Key,
                    y => (IReadOnlySet<string>)y.Where(r => r.Area is not null).Select(r => r.Area!).ToHashSet(StringComparer.Ordinal))))
            .ToList();
    }
}
