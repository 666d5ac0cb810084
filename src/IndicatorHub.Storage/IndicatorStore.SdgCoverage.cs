using Dapper;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>
    /// Which areas have data for each mapped indicator in its latest <paramref name="periods"/> years: the input
    /// <see cref="SdgCoverage.Compute"/> needs, read in one query.
    /// <para>
    /// Definitions. A period counts by the year it ends in ("2021-2024" → 2024, "2025-01" → 2025), because Agenda
    /// 2030 follow-up is annual; a monthly indicator's months collapse into years. The scope is every municipality
    /// (areas of kind municipality) or, with <paramref name="area"/>, that one area. An indicator's latest years are
    /// the <paramref name="periods"/> greatest years in which it has any row, even an empty one, for an area of the
    /// scope's kind — the same for every area of that kind, so a municipality whose newest value is five years old
    /// is blind on it rather than credited with old data. An area has data in a year when it has a non-null value
    /// in any dimension and subgroup (a value published only by sex still tells a planner something). Only mapped
    /// indicators are read; one without rows in scope is absent, which coverage counts as no data.
    /// </para>
    /// </summary>
    /// <param name="area">An area code, Kolada id or name; null for all municipalities.</param>
    /// <param name="periods">How many latest years per indicator (3 by default).</param>
    /// <exception cref="ArgumentException">Unknown area.</exception>
    public IReadOnlyList<SdgIndicatorAvailability> GetSdgAvailability(string? area = null, int periods = SdgCoverage.DefaultPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        using var connection = _connections.Open();
        var (areaId, kind) = (default(long?), "municipality");
        if (area is not null)
        {
            var found = connection.Query<(long Id, string Kind)>(
                "SELECT a.id, a.kind FROM area_aliases x JOIN areas a ON a.id = x.area_id WHERE x.alias = @Alias",
                new { Alias = AreaKinds.AliasKey(area) }).ToList();
            if (found.Count == 0)
            {
                throw new ArgumentException($"Unknown area '{area}'.", nameof(area));
            }

            (areaId, kind) = (found[0].Id, found[0].Kind);
        }

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
                WHERE value IS NOT NULL{(areaId is null ? "" : " AND area_id = @AreaId")}
            )
            SELECT i.code AS Indicator, r.year AS Year, a.code AS Area
            FROM ranked r
            JOIN indicators i ON i.id = r.indicator_id
            LEFT JOIN present p ON p.indicator_id = r.indicator_id AND p.year = r.year
            LEFT JOIN areas a ON a.id = p.area_id
            WHERE r.recency <= @Periods
            ORDER BY i.code, r.year, a.code
            """,
            new { Kind = kind, AreaId = areaId, Periods = periods });

        return rows
            .GroupBy(r => r.Indicator, StringComparer.Ordinal)
            .Select(g => new SdgIndicatorAvailability(
                g.Key,
                g.GroupBy(r => (int)r.Year).ToDictionary(
                    y => y.Key,
                    y => (IReadOnlySet<string>)y.Where(r => r.Area is not null).Select(r => r.Area!).ToHashSet(StringComparer.Ordinal))))
            .ToList();
    }

    /// <summary>
    /// Coverage of every goal and target by the stored mappings and data (<see cref="SdgCoverage.Compute"/> over
    /// <see cref="GetSdgAvailability"/>). For all municipalities, MunicipalitiesWithData counts municipalities; for
    /// one <paramref name="area"/> it is 1 or 0, and a target whose IndicatorsWithData is 0 is blind there.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown area.</exception>
    public SdgCoverageReport GetSdgCoverage(string? area = null, int periods = SdgCoverage.DefaultPeriods) =>
        SdgCoverage.Compute(GetSdgMappings(), GetSdgAvailability(area, periods), periods: periods);
}
