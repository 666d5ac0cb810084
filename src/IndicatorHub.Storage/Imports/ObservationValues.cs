namespace IndicatorHub.Storage.Imports;

/// <summary>The non-key fields of an observation, passed by reference on the import hot path.</summary>
public readonly record struct ObservationValues(
    double? Value,
    string? Status = null,
    double? StandardError = null,
    double? LowerLimit = null,
    double? UpperLimit = null,
    double? Population = null);
