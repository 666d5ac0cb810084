namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Per-indicator settings for the progress-towards-2030 assessment (<see cref="SdgProgress"/>). Every member is
/// optional so a mapping file round-trips exactly; defaults are applied when assessing.
/// </summary>
public sealed record SdgProgressSettings
{
    /// <summary>Open SDG's default base year: the 2030 Agenda was adopted in 2015.</summary>
    public const int DefaultBaseYear = 2015;

    /// <summary>Open SDG's default target year.</summary>
    public const int DefaultTargetYear = 2030;

    /// <summary>
    /// Desired direction: true when higher values are better, false when lower are better, null when the indicator
    /// has no normative direction (e.g. population) and so cannot be assessed.
    /// </summary>
    public bool? HigherIsBetter { get; init; }

    /// <summary>Quantitative target value; null selects the no-target method (fixed CAGR thresholds).</summary>
    public double? TargetValue { get; init; }

    /// <summary>Year the target should be met; null means <see cref="DefaultTargetYear"/>.</summary>
    public int? TargetYear { get; init; }

    /// <summary>Base year; null means <see cref="DefaultBaseYear"/>. The first later year with data is used if it is missing.</summary>
    public int? BaseYear { get; init; }

    /// <summary>Natural limit in the desired direction (e.g. 100 for a share where higher is better); only used without a target.</summary>
    public double? Limit { get; init; }

    /// <summary>True when no member is set, i.e. the settings carry no information.</summary>
    public bool IsEmpty => HigherIsBetter is null && TargetValue is null && TargetYear is null && BaseYear is null && Limit is null;

    /// <summary><see cref="BaseYear"/> or the default.</summary>
    public int EffectiveBaseYear => BaseYear ?? DefaultBaseYear;

    /// <summary><see cref="TargetYear"/> or the default.</summary>
    public int EffectiveTargetYear => TargetYear ?? DefaultTargetYear;
}
