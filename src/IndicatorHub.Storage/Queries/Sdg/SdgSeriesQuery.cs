using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Observations;
using IndicatorHub.Storage.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Sdg;

/// <summary>
/// The yearly series of indicators for one area, as progress towards 2030 reads it: dimension total, subgroup
/// total, non-null values only, and each period counted by the year it ends in ("2018-2021" → 2021, "2025-12" →
/// 2025), as <see cref="SdgAvailabilityQuery"/> does. When several periods end in the same year, one value is kept:
/// the single-year period if there is one, else the shortest span (the latest start), else the latest month. Each
/// point keeps the batch that set it.
/// </summary>
public static class SdgSeriesQuery
{
    /// <summary>
    /// Runs the query. Indicators without values in the area get an empty series; ids the store does not hold are
    /// left out.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<SdgSeriesPoint>> Run(SqliteConnection connection, IEnumerable<string> indicatorIds, Area area)
    {
        var codes = indicatorIds.Distinct(StringComparer.Ordinal).ToArray();
        var known = connection.Query<string>("SELECT code FROM indicators WHERE code IN @Codes", new { Codes = codes }).ToList();
        var rows = connection.Query<(string Indicator, string Period, double Value, long Batch)>(
            """
            SELECT i.code AS Indicator, o.period AS Period, o.value AS Value, o.batch_id AS Batch
            FROM observations o
            JOIN indicators i ON i.id = o.indicator_id
            JOIN areas a ON a.id = o.area_id
            WHERE i.code IN @Codes AND a.code = @Area AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
            """,
            new { Codes = codes, Area = area.Code });
        var byIndicator = rows
            .GroupBy(r => r.Indicator, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<SdgSeriesPoint>)g
                    .Select(r => new SdgSeriesPoint(Period.EndYear(r.Period), r.Period, r.Value, r.Batch))
                    .GroupBy(p => p.Year)
                    .Select(y => y.OrderBy(p => p.Period.Length == 4 ? 0 : 1).ThenByDescending(p => p.Period, StringComparer.Ordinal).First())
                    .OrderBy(p => p.Year)
                    .ToList(),
                StringComparer.Ordinal);
        return known.ToDictionary(code => code, code => byIndicator.GetValueOrDefault(code) ?? [], StringComparer.Ordinal);
    }
}
