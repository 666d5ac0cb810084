namespace IndicatorHub.Storage;

/// <summary>Which observations to read; null fields do not filter.</summary>
/// <param name="Indicator">Indicator id.</param>
/// <param name="Area">Area SCB code.</param>
/// <param name="Dimension">Dimension, e.g. "sex".</param>
public sealed record ObservationFilter(string? Indicator = null, string? Area = null, string? Dimension = null);
