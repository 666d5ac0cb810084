namespace IndicatorHub.Core.Inequality;

/// <summary>Monte Carlo confidence limits of sii and rii at one confidence level.</summary>
/// <param name="Level">Confidence level as a fraction.</param>
/// <param name="SiiLower">Lower limit of sii.</param>
/// <param name="SiiUpper">Upper limit of sii.</param>
/// <param name="RiiLower">Lower limit of rii.</param>
/// <param name="RiiUpper">Upper limit of rii.</param>
public sealed record PheConfidenceInterval(double Level, double SiiLower, double SiiUpper, double RiiLower, double RiiUpper);
