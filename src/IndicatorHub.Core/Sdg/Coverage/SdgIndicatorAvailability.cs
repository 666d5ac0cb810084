namespace IndicatorHub.Core.Sdg;

/// <summary>Which municipalities have a non-missing value for one indicator, per period.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="MunicipalitiesByPeriod">
/// Period (year) → ids of the municipalities with a value. Include a period with an empty set when it exists but
/// every value is missing, so it still counts as one of the latest periods.
/// </param>
public sealed record SdgIndicatorAvailability(string IndicatorId, IReadOnlyDictionary<int, IReadOnlySet<string>> MunicipalitiesByPeriod);
