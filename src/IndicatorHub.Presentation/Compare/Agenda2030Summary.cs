using System.Globalization;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Core.Observations;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage.Queries.Compare;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Compare;

/// <summary>
/// One goal's line of an area's Agenda 2030 summary: of the indicators whose primary goal it is and that have a value
/// in the area, how many lie in the best quarter, the middle half and the worst quarter of all municipalities (regions
/// for a region) in their latest period, and how many are on track towards 2030, need acceleration or deteriorate.
/// </summary>
/// <param name="Indicators">Indicators of the goal with a value in the area.</param>
/// <param name="BestQuarter">Beyond the better quartile (the quartile rule of <see cref="BenchmarkComparison.ByQuartile"/>).</param>
/// <param name="MiddleHalf">Between the quartiles, both included.</param>
/// <param name="WorstQuarter">Beyond the worse quartile.</param>
/// <param name="NotPlaced">No direction, too few values among municipalities, or no spread.</param>
/// <param name="OnTrack">Progress "target achieved" or "on track".</param>
/// <param name="NeedsAcceleration">Progress "acceleration needed" or "limited progress".</param>
/// <param name="Deteriorating">Progress "deterioration".</param>
/// <param name="NotAssessed">Progress cannot be assessed (no direction, one year only, …).</param>
public sealed record Agenda2030GoalSummary(
    int Goal,
    int Indicators,
    int BestQuarter,
    int MiddleHalf,
    int WorstQuarter,
    int NotPlaced,
    int OnTrack,
    int NeedsAcceleration,
    int Deteriorating,
    int NotAssessed);

/// <summary>An area's Agenda 2030 summary: one line per goal with indicators, goals in order.</summary>
public sealed record Agenda2030AreaSummary(ProfileArea Area, IReadOnlyList<Agenda2030GoalSummary> Goals);

/// <summary>
/// Builds Agenda 2030 summaries by the profile's rules (<see cref="ProfileService"/>): each mapped indicator's latest
/// value in the area, its spread among all areas of the area's kind from the shared <see cref="SpreadCache"/>, and
/// progress by <see cref="SdgProgress.Assess"/> from the first value in or after 2015 to the latest — read for all
/// areas at once (two statements and the cached spreads), so a network of twenty costs about what one area does.
/// </summary>
public sealed class Agenda2030SummaryService(ReadConnection read, SpreadCache spreads)
{
    /// <summary>The summary of the area <paramref name="code"/>, or null when unknown.</summary>
    public Agenda2030AreaSummary? ForArea(string code)
    {
        var area = ProfileAreaQuery.Run(read.Connection, code);
        return area is null ? null : ForAreas([area])[0];
    }

    /// <summary>The summaries of <paramref name="codes"/> (unknown codes left out), in that order.</summary>
    public IReadOnlyList<Agenda2030AreaSummary> ForAreas(IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return ForAreas(codes.Select(c => ProfileAreaQuery.Run(read.Connection, c)).OfType<ProfileArea>().ToList());
    }

    private List<Agenda2030AreaSummary> ForAreas(List<ProfileArea> areas)
    {
        var connection = read.Connection;
        var keys = CompareQueries.MappedIndicatorKeys(connection);
        var indicators = IndicatorInfoQuery.ByKeys(connection, keys);
        var series = CompareQueries.Series(connection, keys, areas.Select(a => a.Key).ToList()).ToLookup(p => (p.AreaKey, p.IndicatorKey));
        var version = InputVersionQuery.Latest(connection);
        var baseText = ProfileQuery.BaseYear.ToString(CultureInfo.InvariantCulture);
        var result = new List<Agenda2030AreaSummary>(areas.Count);
        foreach (var area in areas)
        {
            var latest = new List<(IndicatorInfo Indicator, StoredValue Latest, StoredValue? Base)>();
            foreach (var key in keys)
            {
                var points = series[(area.Key, key)].Select(p => p.Value).ToList();
                if (points.Count == 0 || !indicators.TryGetValue(key, out var indicator))
                {
                    continue;
                }

                var last = points[^1];
                var first = points.FirstOrDefault(p => string.CompareOrdinal(p.Period, baseText) >= 0);
                latest.Add((indicator, last, first is null || first.Period == last.Period ? null : first));
            }

            var comparable = area.Kind is AreaKind.Municipality or AreaKind.Region;
            var spreadByPair = comparable
                ? spreads.Get(connection, version, area.Kind, latest.Select(l => (l.Indicator.Key, l.Latest.Period)).ToList())
                : new Dictionary<(long, string), SpreadRow>();
            var rows = latest.Select(l =>
            {
                var settings = l.Indicator.Primary!.Progress.HigherIsBetter is null ? l.Indicator.Primary.Progress with { HigherIsBetter = l.Indicator.HigherIsBetter } : l.Indicator.Primary.Progress;
                var progress = SdgProgress.Assess(
                    new[] { l.Base, l.Latest }.OfType<StoredValue>().Select(p => new SdgObservation(Period.EndYear(p.Period), p.Value)).DistinctBy(p => p.Year).ToList(),
                    settings);
                var values = new ProfileIndicatorValues(l.Indicator.Key, l.Latest, null, l.Base, null, null, null, null, null);
                var spread = spreadByPair.GetValueOrDefault((l.Indicator.Key, l.Latest.Period))?.Spread;
                return new ProfileRow(l.Indicator, l.Indicator.Primary.Goal, values, spread, new ComparisonResult(ComparisonStatus.NotCompared, ComparisonMethod.None, ComparisonReason.None), progress);
            });
            result.Add(new Agenda2030AreaSummary(area, Summarise(rows)));
        }

        return result;
    }

    /// <summary>Counts <paramref name="rows"/> per primary goal (unmapped indicators are left out).</summary>
    public static IReadOnlyList<Agenda2030GoalSummary> Summarise(IEnumerable<ProfileRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Goal is not null)
            .GroupBy(r => r.Goal!.Value)
            .OrderBy(g => g.Key)
            .Select(goal =>
            {
                var positions = goal.Select(r => BenchmarkComparison.ByQuartile(r.Values.Latest.Value, r.Spread, r.Indicator.Direction).Status).ToList();
                var progress = goal.Select(r => r.Progress?.Status ?? SdgProgressStatus.NotAvailable).ToList();
                return new Agenda2030GoalSummary(
                    goal.Key,
                    goal.Count(),
                    positions.Count(s => s == ComparisonStatus.BestQuarter),
                    positions.Count(s => s == ComparisonStatus.MiddleHalf),
                    positions.Count(s => s == ComparisonStatus.WorstQuarter),
                    positions.Count(s => s is not (ComparisonStatus.BestQuarter or ComparisonStatus.MiddleHalf or ComparisonStatus.WorstQuarter)),
                    progress.Count(s => s is SdgProgressStatus.TargetAchieved or SdgProgressStatus.OnTrack),
                    progress.Count(s => s is SdgProgressStatus.AccelerationNeeded or SdgProgressStatus.LimitedProgress),
                    progress.Count(s => s == SdgProgressStatus.Deterioration),
                    progress.Count(s => s == SdgProgressStatus.NotAvailable));
            })
            .ToList();
    }
}
