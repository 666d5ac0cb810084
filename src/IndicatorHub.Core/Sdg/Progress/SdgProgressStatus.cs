namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Open SDG progress categories (sdg-build names in brackets), as used by Statistics Canada's SDG data hub.
/// </summary>
public enum SdgProgressStatus
{
    /// <summary>Cannot be assessed: no direction, fewer than two years, mixed signs ("not_available").</summary>
    NotAvailable = 0,

    /// <summary>The current value already meets the target ("target_achieved").</summary>
    TargetAchieved = 1,

    /// <summary>On track ("substantial_progress"): R ≥ 95 %, or CAGR ≥ 1.5 %/year without a target.</summary>
    OnTrack = 2,

    /// <summary>Progress made but acceleration needed ("moderate_progress"): 60 % ≤ R &lt; 95 %, or 0.5 ≤ CAGR &lt; 1.5 %/year.</summary>
    AccelerationNeeded = 3,

    /// <summary>Limited progress ("limited_progress"): 0 ≤ R &lt; 60 %, or 0 ≤ CAGR &lt; 0.5 %/year.</summary>
    LimitedProgress = 4,

    /// <summary>Deterioration ("deterioration"): movement away from the desired direction (R or CAGR &lt; 0).</summary>
    Deterioration = 5,
}
