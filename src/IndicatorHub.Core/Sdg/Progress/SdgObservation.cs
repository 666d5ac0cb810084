namespace IndicatorHub.Core.Sdg;

/// <summary>One value of an indicator series (one area, one breakdown) in one year.</summary>
/// <param name="Year">Reference year. The caller decides how a multi-year period maps to a year (Open SDG uses its first
/// year); the store's series uses the year a period ends in, like SDG coverage (<c>IndicatorStore.GetSdgSeries</c>).</param>
/// <param name="Value">The value; NaN is treated as missing.</param>
public readonly record struct SdgObservation(int Year, double Value);
