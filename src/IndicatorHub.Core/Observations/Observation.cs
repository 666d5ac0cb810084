namespace IndicatorHub.Core.Observations;

/// <summary>
/// One value: indicator × area × period × dimension × subgroup. <see cref="Value"/> is null when the source
/// has no figure (never 0), and <see cref="Status"/> then says why ('..', '.', '-', Kolada's status text).
/// </summary>
public sealed record Observation(string IndicatorId, string AreaCode, string Period, string Dimension, string Subgroup, double? Value)
{
    /// <summary>The source's status or missing-value flag.</summary>
    public string? Status { get; init; }

    /// <summary>Standard error, on the scale of the value.</summary>
    public double? StandardError { get; init; }

    /// <summary>Lower confidence limit.</summary>
    public double? LowerLimit { get; init; }

    /// <summary>Upper confidence limit.</summary>
    public double? UpperLimit { get; init; }

    /// <summary>Population or count behind the value (HEAT's population, Kolada's count).</summary>
    public double? Population { get; init; }
}
