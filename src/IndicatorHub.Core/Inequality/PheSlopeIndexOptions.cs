namespace IndicatorHub.Core.Inequality;

/// <summary>Arguments of phe_sii (PHEindicatormethods) that change the result.</summary>
public sealed record PheSlopeIndexOptions
{
    /// <summary>How values and confidence limits are transformed (phe_sii value_type).</summary>
    public PheValueType ValueType { get; init; } = PheValueType.Other;

    /// <summary>
    /// Fit on the log (rates) or logit (proportions) scale and back-transform the fitted values at ranks 0 and 1
    /// (phe_sii transform = TRUE). Ignored for <see cref="PheValueType.Other"/>.
    /// </summary>
    public bool Transform { get; init; }

    /// <summary>Factor applied to sii and its limits; a negative multiplier also inverts rii (phe_sii multiplier).</summary>
    public double Multiplier { get; init; } = 1.0;

    /// <summary>Confidence levels of the Monte Carlo intervals, as fractions (0.95, 0.998).</summary>
    public IReadOnlyList<double> ConfidenceLevels { get; init; } = [0.95];

    /// <summary>Monte Carlo repetitions (phe_sii default 100 000; phe_sii refuses fewer than 1000, this class allows any positive number).</summary>
    public int Repetitions { get; init; } = 100_000;

    /// <summary>Seed of the Monte Carlo stream (<see cref="InequalityRandom"/>).</summary>
    public ulong Seed { get; init; } = InequalityOptions.DefaultSimulationSeed;

    /// <summary>False skips the simulation and returns the point estimates only.</summary>
    public bool ComputeConfidenceIntervals { get; init; } = true;
}
