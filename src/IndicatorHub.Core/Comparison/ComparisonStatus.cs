namespace IndicatorHub.Core.Comparison;

/// <summary>
/// How an area stands against its benchmark (riket) or among all municipalities. Front ends word each member and
/// give it a symbol; colour may only repeat it.
/// </summary>
public enum ComparisonStatus
{
    /// <summary>Not compared: see <see cref="ComparisonResult.Reason"/>.</summary>
    NotCompared = 0,

    /// <summary>Confidence intervals: the benchmark lies outside the area's 99.8 % interval, on the good side.</summary>
    SignificantlyBetter,

    /// <summary>Confidence intervals: the benchmark lies outside the area's 95 % interval, on the good side.</summary>
    Better,

    /// <summary>Confidence intervals: the benchmark lies inside the area's 95 % interval (edges included).</summary>
    Similar,

    /// <summary>Confidence intervals: the benchmark lies outside the area's 95 % interval, on the bad side.</summary>
    Worse,

    /// <summary>Confidence intervals: the benchmark lies outside the area's 99.8 % interval, on the bad side.</summary>
    SignificantlyWorse,

    /// <summary>Confidence intervals, direction unknown: the area is higher than the benchmark beyond its 95 % interval.</summary>
    Higher,

    /// <summary>Confidence intervals, direction unknown: the area is lower than the benchmark beyond its 95 % interval.</summary>
    Lower,

    /// <summary>Quartiles: beyond the better quartile of all municipalities (the best quarter).</summary>
    BestQuarter,

    /// <summary>Quartiles: between the 25th and 75th percentile, both included (the middle half).</summary>
    MiddleHalf,

    /// <summary>Quartiles: beyond the worse quartile of all municipalities (the worst quarter).</summary>
    WorstQuarter,

    /// <summary>Quartiles, direction unknown: above the 75th percentile.</summary>
    HighestQuarter,

    /// <summary>Quartiles, direction unknown: below the 25th percentile.</summary>
    LowestQuarter,
}

/// <summary>Which rule produced a <see cref="ComparisonResult"/>.</summary>
public enum ComparisonMethod
{
    /// <summary>No rule applied.</summary>
    None = 0,

    /// <summary>Fingertips' rule on the area's confidence intervals against the benchmark's value.</summary>
    ConfidenceInterval,

    /// <summary>The area's position among all municipalities' values for the period (Kolada, Öppna jämförelser).</summary>
    Quartile,
}

/// <summary>Why an area was not compared.</summary>
public enum ComparisonReason
{
    /// <summary>Compared.</summary>
    None = 0,

    /// <summary>The area has no value for the period.</summary>
    NoValue,

    /// <summary>The benchmark (riket) has no value for the period, and the data has intervals to compare it with.</summary>
    NoBenchmark,

    /// <summary>Fewer than <see cref="BenchmarkComparison.MinimumMunicipalities"/> municipalities have a value.</summary>
    TooFewMunicipalities,
}

/// <summary>The outcome of a comparison.</summary>
/// <param name="Status">Where the area stands.</param>
/// <param name="Method">The rule used.</param>
/// <param name="Reason">Why not compared, when <paramref name="Status"/> is <see cref="ComparisonStatus.NotCompared"/>.</param>
public sealed record ComparisonResult(ComparisonStatus Status, ComparisonMethod Method, ComparisonReason Reason)
{
    internal static ComparisonResult Not(ComparisonReason reason) => new(ComparisonStatus.NotCompared, ComparisonMethod.None, reason);
}
