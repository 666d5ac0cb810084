namespace IndicatorHub.Storage.Imports;

/// <summary>The non-key fields of an observation, passed by reference on the import hot path.</summary>
public readonly record struct ObservationValues(
    double? Value,
    string? Status = null,
    double? StandardError = null,
    double? LowerLimit = null,
    double? UpperLimit = null,
    double? Population = null)
{
    /// <summary>
    /// An empty cell: no value, no status and no statistics. Such a cell is not stored as a row; it only withdraws
    /// a value an earlier batch stored under its key (ObservationUpsert).
    /// </summary>
    public bool IsEmpty =>
        Value is null && Status is null && StandardError is null && LowerLimit is null && UpperLimit is null && Population is null;
}
