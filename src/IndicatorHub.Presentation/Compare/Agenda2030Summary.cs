using IndicatorHub.Core.Comparison;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage.Queries.Profiles;

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
/// Builds Agenda 2030 summaries from the area profile (<see cref="ProfileService"/>): the same latest values,
/// spreads and progress assessments the profile shows, counted per goal.
/// </summary>
public sealed class Agenda2030SummaryService(ProfileService profiles)
{
    /// <summary>The summary of the area <paramref name="code"/>, or null when unknown.</summary>
    public Agenda2030AreaSummary? ForArea(string code)
    {
        var area = profiles.FindArea(code);
        return area is null ? null : ForArea(area);
    }

    /// <summary>The summary of <paramref name="area"/>.</summary>
    public Agenda2030AreaSummary ForArea(ProfileArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new Agenda2030AreaSummary(area, Summarise(profiles.Rows(area)));
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
