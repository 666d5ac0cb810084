namespace IndicatorHub.Core.Sdg;

/// <summary>Which Open SDG progress method was applied.</summary>
public enum SdgProgressMethod
{
    /// <summary>Not assessed.</summary>
    None = 0,

    /// <summary>Method 1: no quantitative target; the direction-adjusted CAGR is compared with fixed thresholds.</summary>
    WithoutTarget = 1,

    /// <summary>Method 2: quantitative target; observed CAGR over the CAGR required to reach the target on time.</summary>
    WithTarget = 2,
}
