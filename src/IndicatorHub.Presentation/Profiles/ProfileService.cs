using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Generations;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Profiles;

/// <summary>One row of an area's profile: an indicator's latest value and everything it is compared with.</summary>
/// <param name="Goal">The primary SDG goal, or null for indicators without a mapping (listed last).</param>
/// <param name="Spread">All municipalities' (or regions') spread for the latest period.</param>
/// <param name="Comparison">The comparison with riket (intervals) or the position among municipalities (quartiles).</param>
/// <param name="Progress">Progress towards 2030, when the indicator is mapped.</param>
public sealed record ProfileRow(
    IndicatorInfo Indicator,
    int? Goal,
    ProfileIndicatorValues Values,
    MunicipalitySpread? Spread,
    ComparisonResult Comparison,
    SdgProgressResult? Progress)
{
    /// <summary>Change since the previous period.</summary>
    public double? ChangeSincePrevious => Values.Previous is { } p ? Values.Latest.Value - p.Value : null;

    /// <summary>Change since the first period in or after 2015.</summary>
    public double? ChangeSinceBase => Values.Base is { } b ? Values.Latest.Value - b.Value : null;

    /// <summary>True when |women − men| is smaller now than in or after 2015; null when either gap is missing or they are the same period.</summary>
    public bool? GapNarrowed => Values.SexLatest is { } now && Values.SexBase is { } then && now.Period != then.Period
        ? Math.Abs(now.Difference) < Math.Abs(then.Difference)
        : null;
}

/// <summary>
/// Builds an area's profile from two area reads, the shared spread cache and Core's rules, and keeps it in the
/// warm read model (<see cref="ProfileRowsCache"/>) until the data generation moves on.
/// </summary>
public sealed class ProfileService(ReadConnection read, SpreadCache spreads, ProfileRowsCache cache, DataGenerationWatch generations)
{
    /// <summary>The area, or null when unknown.</summary>
    public ProfileArea? FindArea(string code) => ProfileAreaQuery.Run(read.Connection, code);

    /// <summary>Every indicator with a value in <paramref name="area"/>, by goal (unmapped last), then by title.</summary>
    public IReadOnlyList<ProfileRow> Rows(ProfileArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        // The generation is read before the data, so rows can only be newer than the generation they are kept
        // under (the next request then sees the newer generation and builds again), never older.
        var generation = generations.Current;
        return cache.GetOrBuild(generation, area.Key, () => Build(area, generation));
    }

    private List<ProfileRow> Build(ProfileArea area, long generation)
    {
        var connection = read.Connection;
        var values = ProfileQuery.Run(connection, area);
        var indicators = IndicatorInfoQuery.ByKeys(connection, values.Select(v => v.IndicatorKey).ToList());
        var comparable = area.Kind is AreaKind.Municipality or AreaKind.Region;
        var spreadByPair = comparable
            ? spreads.Get(connection, generation, area.Kind, values.Select(v => (v.IndicatorKey, v.Latest.Period)).ToList())
            : new Dictionary<(long, string), SpreadRow>();

        var rows = new List<ProfileRow>(values.Count);
        foreach (var v in values)
        {
            if (!indicators.TryGetValue(v.IndicatorKey, out var indicator))
            {
                continue;
            }

            var spread = spreadByPair.GetValueOrDefault((v.IndicatorKey, v.Latest.Period))?.Spread;
            var comparison = area.Kind == AreaKind.Country
                ? new ComparisonResult(ComparisonStatus.NotCompared, ComparisonMethod.None, ComparisonReason.None)
                : BenchmarkComparison.Compare(new AreaEstimate(v.Latest.Value, v.Latest.Lower, v.Latest.Upper, v.Latest.StandardError), v.Country?.Value, spread, indicator.Direction);
            SdgProgressResult? progress = null;
            if (indicator.Primary is { } primary)
            {
                var settings = primary.Progress.HigherIsBetter is null ? primary.Progress with { HigherIsBetter = indicator.HigherIsBetter } : primary.Progress;
                var points = new[] { v.Base, v.Latest }.OfType<StoredValue>()
                    .Select(p => new SdgObservation(IndicatorHub.Core.Observations.Period.EndYear(p.Period), p.Value))
                    .DistinctBy(p => p.Year)
                    .ToList();
                progress = SdgProgress.Assess(points, settings);
            }

            rows.Add(new ProfileRow(indicator, indicator.Primary?.Goal, v, spread, comparison, progress));
        }

        return rows
            .OrderBy(r => r.Goal ?? int.MaxValue)
            .ThenBy(r => r.Indicator.Title, StringComparer.Create(Localization.UiCulture.Swedish, false))
            .ToList();
    }
}
