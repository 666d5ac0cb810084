namespace IndicatorHub.Core.Sdg;

/// <summary>One value of an indicator series (one area, one breakdown) in one year.</summary>
/// <param name="Year">Reference year; for multi-year periods use the first year, as Open SDG does.</param>
/// <param name="Value">The value; NaN is treated as missing.</param>
public readonly record struct SdgObservation(int Year, double Value);
