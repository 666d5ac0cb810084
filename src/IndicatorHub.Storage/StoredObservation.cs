namespace IndicatorHub.Storage;

/// <summary>
/// An observation as stored, with the batch that set it: the row of `indicatorhub export observations` and of
/// the long CSV format, so export → import round-trips.
/// </summary>
public sealed record StoredObservation(
    string Indicator,
    string Area,
    string Period,
    string Dimension,
    string Subgroup,
    double? Value,
    string? Status,
    double? Se,
    double? CiLb,
    double? CiUb,
    double? Population,
    long Batch);
