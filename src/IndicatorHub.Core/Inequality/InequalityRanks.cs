namespace IndicatorHub.Core.Inequality;

/// <summary>Relative ranks of subgroups ordered from most disadvantaged to most advantaged.</summary>
internal static class InequalityRanks
{
    /// <summary>
    /// x_j = (population of subgroups before j + N_j / 2) / total population (HEAT-Measures midPointProp in R/utils.R,
    /// PHEindicatormethods FindXValues). The populations must already be in rank order.
    /// </summary>
    public static void MidPoints(ReadOnlySpan<double> populations, Span<double> ranks)
    {
        var total = 0.0;
        foreach (var p in populations)
        {
            total += p;
        }

        var before = 0.0;
        for (var j = 0; j < populations.Length; j++)
        {
            ranks[j] = (before + populations[j] / 2.0) / total;
            before += populations[j];
        }
    }
}
