namespace IndicatorHub.Core.Similarity;

/// <summary>One stored value: an area's value of an indicator in the chosen year.</summary>
public sealed record SimilarityValue(string Area, string Indicator, double Value);

/// <summary>An indicator to compare on, with its weight (any positive number; only the ratios between weights matter).</summary>
public sealed record WeightedIndicator(string Indicator, double Weight);

/// <summary>
/// What to compare: the indicators and weights, how many neighbours and how much the two areas must share.
/// </summary>
/// <param name="Indicators">The indicators with their weights.</param>
/// <param name="Count">How many nearest areas (k); Kolada's "Liknande kommuner" shows 7.</param>
/// <param name="MinimumWeightShare">
/// The share of the target's total weight that a candidate must also have values for to be compared at all; with
/// less in common a distance would rest on too few indicators to mean "similar".
/// </param>
public sealed record SimilarityRequest(IReadOnlyList<WeightedIndicator> Indicators, int Count = SimilarityRequest.DefaultCount, double MinimumWeightShare = SimilarityRequest.DefaultMinimumWeightShare)
{
    /// <summary>Kolada's "Liknande kommuner" shows seven.</summary>
    public const int DefaultCount = 7;

    /// <summary>A candidate must have values for at least half of the target's weight.</summary>
    public const double DefaultMinimumWeightShare = 0.5;
}

/// <summary>How one indicator was standardised: over how many areas, their mean and population standard deviation.</summary>
public sealed record IndicatorStandardisation(string Indicator, double Weight, int Count, double Mean, double StandardDeviation, SimilarityIndicatorUse Use);

/// <summary>Whether an indicator took part in the distances, and why not.</summary>
public enum SimilarityIndicatorUse
{
    /// <summary>Standardised and compared.</summary>
    Used = 0,

    /// <summary>Fewer than two areas have a value: no spread to standardise by.</summary>
    TooFewValues,

    /// <summary>Every area has the same value: the standard deviation is 0, so the indicator cannot tell areas apart.</summary>
    NoSpread,

    /// <summary>The target area has no value for it.</summary>
    MissingForTarget,
}

/// <summary>One similar area: its rank (1 = nearest), distance index and how many indicators the distance rests on.</summary>
/// <param name="Distance">√(Σ wᵢ (z_target,i − z_area,i)² / Σ wᵢ) over the shared indicators: 0 is identical, 1 is one standard deviation apart on (weighted) average.</param>
public sealed record SimilarArea(int Rank, string Area, double Distance, int SharedIndicators);

/// <summary>Why no neighbours could be found.</summary>
public enum SimilarityProblem
{
    /// <summary>Neighbours were found (possibly fewer than asked when few areas qualify).</summary>
    None = 0,

    /// <summary>No indicators were asked for.</summary>
    NoIndicators,

    /// <summary>The target area has no usable value for any of the indicators in the year.</summary>
    TargetHasNoValues,

    /// <summary>No other area shares enough of the target's indicators.</summary>
    NoComparableAreas,
}

/// <summary>The k nearest areas to a target, the standardisation behind them, and the problem when there are none.</summary>
public sealed record SimilarityResult(
    string Target,
    IReadOnlyList<SimilarArea> Nearest,
    IReadOnlyList<IndicatorStandardisation> Indicators,
    SimilarityProblem Problem)
{
    /// <summary>The nearest areas' codes, nearest first: a benchmark group for comparisons.</summary>
    public IReadOnlyList<string> AreaCodes => [.. Nearest.Select(n => n.Area)];
}
