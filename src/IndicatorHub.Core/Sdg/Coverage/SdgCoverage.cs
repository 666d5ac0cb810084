namespace IndicatorHub.Core.Sdg;

/// <summary>Pure coverage computation: which goals and targets have indicators, and how many municipalities have data.</summary>
public static class SdgCoverage
{
    /// <summary>Default number of latest periods per indicator.</summary>
    public const int DefaultPeriods = 3;

    /// <summary>
    /// Computes coverage for every goal and target of <paramref name="catalogue"/>.
    /// <para>
    /// Definitions. For indicator i, its latest periods P(i) are the <paramref name="periods"/> greatest periods in its
    /// <see cref="SdgIndicatorAvailability.MunicipalitiesByPeriod"/> (a period supplied with an empty set still counts,
    /// so an indicator whose newest year is entirely missing is not credited with older data). M(i) is the union of the
    /// municipality sets over P(i), intersected with <paramref name="municipalities"/> when given (e.g. to drop Kolada's
    /// riket 0000 and region ids). For a goal or target X, with I(X) the distinct indicators mapped to it (for a goal:
    /// mapped to the goal or any of its targets), MunicipalitiesWithData(X) = |⋃ M(i) for i in I(X)|. An indicator with
    /// no availability entry contributes no municipalities. X is a blind spot when I(X) is empty.
    /// </para>
    /// </summary>
    /// <param name="mappings">Indicator → goal/target mappings (any source).</param>
    /// <param name="availability">Per indicator, municipalities with a non-missing value per period.</param>
    /// <param name="catalogue">Goals and targets to report on; null uses the embedded catalogue.</param>
    /// <param name="municipalities">Ids that count as municipalities; null counts every id supplied.</param>
    /// <param name="periods">How many latest periods per indicator to count.</param>
    public static SdgCoverageReport Compute(
        IEnumerable<SdgMapping> mappings,
        IEnumerable<SdgIndicatorAvailability> availability,
        SdgCatalogue? catalogue = null,
        IReadOnlySet<string>? municipalities = null,
        int periods = DefaultPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        catalogue ??= SdgCatalogue.Load();
        var mappingList = mappings.ToList();

        var covered = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in availability)
        {
            var set = covered.TryGetValue(entry.IndicatorId, out var existing) ? existing : covered[entry.IndicatorId] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var period in entry.MunicipalitiesByPeriod.Keys.OrderDescending().Take(periods))
            {
                set.UnionWith(municipalities is null
                    ? entry.MunicipalitiesByPeriod[period]
                    : entry.MunicipalitiesByPeriod[period].Where(municipalities.Contains));
            }
        }

        SdgCoverageEntry Entry(int goal, string? target, IEnumerable<string> indicators)
        {
            var ids = indicators.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var union = new HashSet<string>(StringComparer.Ordinal);
            var withData = 0;
            foreach (var id in ids)
            {
                if (covered.TryGetValue(id, out var set) && set.Count > 0)
                {
                    withData++;
                    union.UnionWith(set);
                }
            }

            return new SdgCoverageEntry(goal, target, ids, withData, union.Count);
        }

        var goals = catalogue.Goals
            .Select(g => Entry(g.Number, null, mappingList.Where(m => m.Goal == g.Number).Select(m => m.IndicatorId)))
            .ToArray();
        var targets = catalogue.Targets
            .Select(t => Entry(t.Goal, t.Id, mappingList.Where(m => m.TargetId == t.Id).Select(m => m.IndicatorId)))
            .ToArray();
        return new SdgCoverageReport(goals, targets, periods);
    }
}
