using Dapper;
using IndicatorHub.Core.Observations;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>
    /// The yearly series of each indicator in <paramref name="indicatorIds"/> for one area, as progress towards 2030
    /// reads it: dimension total, subgroup total, non-null values only, and each period counted by the year it ends
    /// in ("2018-2021" → 2021, "2025-12" → 2025), as <see cref="GetSdgAvailability"/> does. When several periods end
    /// in the same year, one value is kept: the single-year period if there is one, else the shortest span (the
    /// latest start), else the latest month. Indicators without values in the area get an empty series; ids the
    /// store does not hold are left out.
    /// </summary>
    /// <param name="indicatorIds">Indicator codes.</param>
    /// <param name="area">An area code, Kolada id or name.</param>
    /// <exception cref="ArgumentException">Unknown area.</exception>
    public IReadOnlyDictionary<string, IReadOnlyList<SdgSeriesPoint>> GetSdgSeries(IEnumerable<string> indicatorIds, string area)
    {
        var codes = indicatorIds.Distinct(StringComparer.Ordinal).ToArray();
        var found = FindArea(area) ?? throw new ArgumentException($"Unknown area '{area}'.", nameof(area));
        using var connection = _connections.Open();
        var known = connection.Query<string>("SELECT code FROM indicators WHERE code IN @Codes", new { Codes = codes }).ToList();
        var rows = connection.Query<(string Indicator, string Period, double Value)>(
            """
            SELECT i.code AS Indicator, o.period AS Period, o.value AS Value
            FROM observations o
            JOIN indicators i ON i.id = o.indicator_id
            JOIN areas a ON a.id = o.area_id
            WHERE i.code IN @Codes AND a.code = @Area AND o.dimension = 'total' AND o.subgroup = 'total' AND o.value IS NOT NULL
            """,
            new { Codes = codes, Area = found.Code });
        var byIndicator = rows
            .GroupBy(r => r.Indicator, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<SdgSeriesPoint>)g
                    .Select(r => new SdgSeriesPoint(Period.EndYear(r.Period), r.Period, r.Value))
                    .GroupBy(p => p.Year)
                    .Select(y => y.OrderBy(p => p.Period.Length == 4 ? 0 : 1).ThenByDescending(p => p.Period, StringComparer.Ordinal).First())
                    .OrderBy(p => p.Year)
                    .ToList(),
                StringComparer.Ordinal);
        return known.ToDictionary(code => code, code => byIndicator.GetValueOrDefault(code) ?? [], StringComparer.Ordinal);
    }

    /// <summary>
    /// Progress towards 2030 (<see cref="SdgProgress.Assess"/>) of one indicator in one area, on
    /// <see cref="GetSdgSeries"/>. Settings (target value and year, base year, limit) come from the indicator's primary
    /// SDG mapping; the direction from those settings, else from the indicator's higher_is_better. A target value is
    /// used only where the mapping has one, so without it the no-target thresholds apply.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The store does not hold the indicator.</exception>
    /// <exception cref="ArgumentException">Unknown area.</exception>
    public SdgProgressAssessment AssessSdgProgress(string indicatorId, string area) =>
        AssessSdgProgress([indicatorId], area).SingleOrDefault()
        ?? throw new KeyNotFoundException($"The store holds no indicator '{indicatorId}'.");

    /// <summary>
    /// <see cref="AssessSdgProgress(string, string)"/> for several indicators with one read of the series; ids the
    /// store does not hold are left out. In the order given.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown area.</exception>
    public IReadOnlyList<SdgProgressAssessment> AssessSdgProgress(IEnumerable<string> indicatorIds, string area)
    {
        var ids = indicatorIds.Distinct(StringComparer.Ordinal).ToList();
        var found = FindArea(area) ?? throw new ArgumentException($"Unknown area '{area}'.", nameof(area));
        var series = GetSdgSeries(ids, found.Code);
        var mappings = GetSdgMappings();
        var directions = GetIndicators().ToDictionary(i => i.Id, i => i.HigherIsBetter, StringComparer.Ordinal);
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
            result.Add(new SdgProgressAssessment(id, found, mappings.IsMapped(id), settings, from, points, assessed));
        }

        return result;
    }
}
