using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Storage.Sdg;

/// <summary>One value of the yearly series progress is assessed on, with the stored period it came from.</summary>
/// <param name="Year">The year the period ends in.</param>
/// <param name="Period">The stored period ("2021", "2018-2021", "2025-12").</param>
/// <param name="Value">The value (dimension total, subgroup total; never null).</param>
/// <param name="Batch">The import batch that set the value.</param>
public readonly record struct SdgSeriesPoint(int Year, string Period, double Value, long Batch);

/// <summary>Where the desired direction of an assessment came from.</summary>
public enum SdgDirectionSource
{
    /// <summary>Neither the mapping nor the indicator says; the indicator cannot be assessed.</summary>
    None = 0,

    /// <summary>The progress settings on the indicator's primary SDG mapping.</summary>
    Mapping = 1,

    /// <summary>The indicator's own higher_is_better.</summary>
    Indicator = 2,
}

/// <summary>Progress towards 2030 of one indicator in one area, with the inputs behind it (<see cref="Queries.Sdg.SdgProgressQuery"/>).</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Area">The area assessed.</param>
/// <param name="Mapped">True when the indicator has an SDG mapping (its primary one holds the progress settings).</param>
/// <param name="Settings">The settings used: the primary mapping's, with the direction filled in from the indicator when the mapping has none.</param>
/// <param name="DirectionFrom">Where <see cref="SdgProgressSettings.HigherIsBetter"/> came from.</param>
/// <param name="Series">The yearly series, oldest first.</param>
/// <param name="Result">Core's assessment (<see cref="SdgProgress.Assess"/>).</param>
public sealed record SdgProgressAssessment(
    string IndicatorId,
    Area Area,
    bool Mapped,
    SdgProgressSettings Settings,
    SdgDirectionSource DirectionFrom,
    IReadOnlyList<SdgSeriesPoint> Series,
    SdgProgressResult Result);
