namespace IndicatorHub.Core.Similarity;

/// <summary>
/// Similar municipalities by a weighted distance between standardised values, as Kolada's "Liknande kommuner" but
/// on indicators the user chooses.
/// </summary>
/// <remarks>
/// <para>
/// Each indicator is turned into z-scores over every area that has a value for it in the year: z = (x − mean) / sd,
/// with the <b>population</b> standard deviation (divided by n, not n − 1), because the areas are all
/// municipalities, not a sample of them; the choice only rescales every z of an indicator by the same factor.
/// </para>
/// <para>
/// The distance between the target a and an area b is √(Σ wᵢ (z_a,i − z_b,i)² / Σ wᵢ), summed over the indicators
/// that both have. Dividing by the weights actually used keeps distances comparable when an area lacks a value; an
/// area is only compared when the indicators it shares carry at least <see cref="SimilarityRequest.MinimumWeightShare"/>
/// of the target's total weight. Indicators the target lacks, with fewer than two values or with no spread are left
/// out (and reported). Ties are broken by area code so the answer never depends on input order.
/// </para>
/// </remarks>
public static class SimilarityCalculator
{
    /// <summary>The <see cref="SimilarityRequest.Count"/> nearest areas to <paramref name="target"/> among <paramref name="values"/>.</summary>
    public static SimilarityResult Nearest(string target, IEnumerable<SimilarityValue> values, SimilarityRequest request)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Count, 1);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var indicator in request.Indicators)
        {
            if (!(indicator.Weight > 0) || !double.IsFinite(indicator.Weight))
            {
                throw new ArgumentOutOfRangeException(nameof(request), indicator.Weight, $"The weight of {indicator.Indicator} must be a positive number.");
            }

            weights.TryAdd(indicator.Indicator, indicator.Weight);
        }

        if (weights.Count == 0)
        {
            return new SimilarityResult(target, [], [], SimilarityProblem.NoIndicators);
        }

        // area → indicator → value; a repeated (area, indicator) keeps its first value.
        var byArea = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (!weights.ContainsKey(v.Indicator) || !double.IsFinite(v.Value))
            {
                continue;
            }

            if (!byArea.TryGetValue(v.Area, out var row))
            {
                byArea[v.Area] = row = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            row.TryAdd(v.Indicator, v.Value);
        }

        var targetRow = byArea.GetValueOrDefault(target);
        var standardisations = new List<IndicatorStandardisation>();
        var used = new List<(string Indicator, double Weight, double Sd)>();
        foreach (var (indicator, weight) in weights)
        {
            var column = byArea.Values.Where(r => r.ContainsKey(indicator)).Select(r => r[indicator]).ToList();
            var n = column.Count;
            var mean = n == 0 ? double.NaN : column.Average();
            var sd = n == 0 ? double.NaN : Math.Sqrt(column.Sum(x => (x - mean) * (x - mean)) / n);
            var use = n < 2 ? SimilarityIndicatorUse.TooFewValues
                : !(sd > 0) ? SimilarityIndicatorUse.NoSpread
                : targetRow is null || !targetRow.ContainsKey(indicator) ? SimilarityIndicatorUse.MissingForTarget
                : SimilarityIndicatorUse.Used;
            standardisations.Add(new IndicatorStandardisation(indicator, weight, n, mean, sd, use));
            if (use == SimilarityIndicatorUse.Used)
            {
                used.Add((indicator, weight, sd));
            }
        }

        if (targetRow is null || used.Count == 0)
        {
            return new SimilarityResult(target, [], standardisations, SimilarityProblem.TargetHasNoValues);
        }

        var totalWeight = used.Sum(u => u.Weight);
        var candidates = new List<(string Area, double Distance, int Shared)>();
        foreach (var (area, row) in byArea)
        {
            if (string.Equals(area, target, StringComparison.Ordinal))
            {
                continue;
            }

            double sum = 0, sharedWeight = 0;
            var shared = 0;
            foreach (var (indicator, weight, sd) in used)
            {
                if (row.TryGetValue(indicator, out var x))
                {
                    // z_a − z_b = (x_a − x_b) / sd: the mean cancels, and equal gaps give exactly equal distances (ties).
                    var difference = (targetRow[indicator] - x) / sd;
                    sum += weight * difference * difference;
                    sharedWeight += weight;
                    shared++;
                }
            }

            if (shared > 0 && sharedWeight >= request.MinimumWeightShare * totalWeight)
            {
                candidates.Add((area, Math.Sqrt(sum / sharedWeight), shared));
            }
        }

        var nearest = candidates
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Area, StringComparer.Ordinal)
            .Take(request.Count)
            .Select((c, i) => new SimilarArea(i + 1, c.Area, c.Distance, c.Shared))
            .ToList();
        return new SimilarityResult(target, nearest, standardisations, nearest.Count == 0 ? SimilarityProblem.NoComparableAreas : SimilarityProblem.None);
    }
}
