namespace IndicatorHub.Web.Tests;

/// <summary>
/// The similar municipalities worked out straight from the sample files, independently of the app: z-scores with
/// the population SD over the municipalities that have each indicator, the root of the weighted mean squared
/// z-difference over shared indicators, at least half the weight shared, ties by code.
/// </summary>
internal static class SampleSimilarity
{
    internal static readonly string[] DefaultIndicators = ["N01982", "N03920", "N66077"];

    /// <summary>The latest year in which <paramref name="area"/> has the most of the indicators.</summary>
    internal static string Year(string area, IReadOnlyList<string> indicators)
    {
        var totals = indicators.Select(SampleValues.Totals).ToList();
        return totals.SelectMany(t => t.Keys.Where(k => k.Area == area).Select(k => k.Year))
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    /// <summary>The k nearest municipalities (code, distance), nearest first.</summary>
    internal static List<(string Area, double Distance)> Nearest(string area, string year, IReadOnlyList<string> indicators, IReadOnlyList<double> weights, int k = 7)
    {
        var columns = indicators.Select(id => SampleValues.Totals(id)
                .Where(p => p.Key.Year == year && SampleValues.IsMunicipality(p.Key.Area))
                .ToDictionary(p => p.Key.Area, p => p.Value))
            .ToList();
        var sds = columns.Select(c =>
        {
            var mean = c.Values.Average();
            return Math.Sqrt(c.Values.Sum(v => (v - mean) * (v - mean)) / c.Count);
        }).ToList();
        var total = Enumerable.Range(0, indicators.Count).Where(i => columns[i].ContainsKey(area)).Sum(i => weights[i]);
        var result = new List<(string, double)>();
        foreach (var other in columns.SelectMany(c => c.Keys).Distinct().Where(a => a != area))
        {
            double sum = 0, shared = 0;
            for (var i = 0; i < indicators.Count; i++)
            {
                if (columns[i].TryGetValue(area, out var a) && columns[i].TryGetValue(other, out var b))
                {
                    sum += weights[i] * Math.Pow((a - b) / sds[i], 2);
                    shared += weights[i];
                }
            }

            if (shared > 0 && shared >= total / 2)
            {
                result.Add((other, Math.Sqrt(sum / shared)));
            }
        }

        return [.. result.OrderBy(r => r.Item2).ThenBy(r => r.Item1, StringComparer.Ordinal).Take(k)];
    }
}
