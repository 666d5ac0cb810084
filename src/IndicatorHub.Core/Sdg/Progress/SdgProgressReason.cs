namespace IndicatorHub.Core.Sdg;

/// <summary>Why a series could not be assessed; each front end words it (the CLI in English, the web in Swedish and English).</summary>
public enum SdgProgressReason
{
    /// <summary>The series was assessed.</summary>
    None = 0,

    /// <summary>Neither the mapping nor the indicator says whether higher is better.</summary>
    NoDirection = 1,

    /// <summary>The series has no values at all.</summary>
    NoData = 2,

    /// <summary>No value in or after the base year (<see cref="SdgProgressResult.ReasonYear"/>).</summary>
    NoDataFromBaseYear = 3,

    /// <summary>Only one year with a value from the base year on; a growth rate needs two.</summary>
    TooFewYears = 4,

    /// <summary>The base and current values have opposite signs, so no growth rate connects them.</summary>
    OppositeSigns = 5,

    /// <summary>The growth rates are not defined for these values (e.g. target and base of opposite sign).</summary>
    UndefinedGrowth = 6,
}
