using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Sdg;

/// <summary>
/// Progress towards 2030 (<see cref="SdgProgress.Assess"/>) of indicators in one area, on <see cref="SdgSeriesQuery"/>.
/// Settings (target value and year, base year, limit) come from the indicator's primary SDG mapping; the direction
/// from those settings, else from the indicator's higher_is_better. A target value is used only where the mapping
/// has one, so without it the no-target thresholds apply.
/// </summary>
public static class SdgProgressQuery
{
    /// <summary>Assessments in the order given, with one read of the series; ids the store does not hold are left out.</summary>
    public static IReadOnlyList<SdgProgressAssessment> Run(SqliteConnection connection, IEnumerable<string> indicatorIds, Area area)
    {
        var ids = indicatorIds.Distinct(StringComparer.Ordinal).ToList();
        var series = SdgSeriesQuery.Run(connection, ids, area);
        var mappings = SdgMappingQuery.Run(connection);
        var directions = IndicatorCatalogueQuery.Run(connection).ToDictionary(i => i.Id, i => i.HigherIsBetter, StringComparer.Ordinal);
        var result = new List<SdgProgressAssessment>(ids.Count);
        foreach (var id in ids.Where(series.ContainsKey))
        {
            var settings = mappings.ProgressFor(id) ?? new SdgProgressSettings();
            var from = settings.HigherIsBetter is not null ? SdgDirectionSource.Mapping : SdgDirectionSource.None;
            if (settings.HigherIsBetter is null && directions.GetValueOrDefault(id) is { } higherIsBetter)
            {
                settings = settings with { HigherIsBetter = higherIsBetter };
                from = SdgDirectionSource.Indicator;
            }

            var points = series[id];
            var assessed = SdgProgress.Assess(points.Select(p => new SdgObservation(p.Year, p.Value)), settings);
            result.Add(new SdgProgressAssessment(id, area, mappings.IsMapped(id), settings, from, points, assessed));
        }

        return result;
    }

    /// <summary>One indicator's assessment, or null when the store does not hold the indicator.</summary>
    public static SdgProgressAssessment? RunOne(SqliteConnection connection, string indicatorId, Area area) =>
        Run(connection, [indicatorId], area).SingleOrDefault();
}
