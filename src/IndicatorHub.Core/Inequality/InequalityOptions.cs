namespace IndicatorHub.Core.Inequality;

/// <summary>
/// Options for <see cref="InequalityCalculator"/>. The defaults reproduce HEAT v6: all applicable measures, logistic
/// sii/rii, 95 % intervals and 100 simulation draws.
/// </summary>
public sealed record InequalityOptions
{
    /// <summary>The seed used when none is given: the value HEAT passes to set.seed before its simulations.</summary>
    public const ulong DefaultSimulationSeed = 123456;

    /// <summary>Shared default instance.</summary>
    public static InequalityOptions Default { get; } = new();

    /// <summary>
    /// Measures to compute (abbreviations from <see cref="InequalityMeasures"/>). Null computes every measure that applies
    /// to the dimension; a requested measure that does not apply is returned with a NotComputedReason.
    /// </summary>
    public IReadOnlyCollection<string>? Measures { get; init; }

    /// <summary>How sii and rii are estimated.</summary>
    public SiiMethod SiiMethod { get; init; } = SiiMethod.Heat;

    /// <summary>Confidence level of every interval, between 0 and 1 (HEAT: 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Number of simulation draws for bgsd, cov, md*, idis*, gini and the percentile measures (HEAT: 100). Zero skips the
    /// simulation and leaves those intervals empty, which is the cheap choice for bulk runs.
    /// </summary>
    public int SimulationDraws { get; init; } = 100;

    /// <summary>
    /// Seed of the simulation's random stream (xoshiro256** seeded through SplitMix64, see <see cref="InequalityRandom"/>).
    /// The same seed gives the same intervals on every .NET version; it does not reproduce R's numbers, only HEAT's method.
    /// </summary>
    public ulong SimulationSeed { get; init; } = DefaultSimulationSeed;

    /// <summary>Monte Carlo repetitions when <see cref="SiiMethod"/> is <see cref="SiiMethod.Phe"/> (phe_sii's default is 100 000).</summary>
    public int PheRepetitions { get; init; } = 10_000;
}
