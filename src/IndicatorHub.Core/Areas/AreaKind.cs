namespace IndicatorHub.Core.Areas;

/// <summary>The administrative level of an <see cref="Area"/>.</summary>
public enum AreaKind
{
    /// <summary>The whole country (SCB code 00, Kolada 0000).</summary>
    Country,

    /// <summary>A region, i.e. a county (län): SCB code 01..25, Kolada 0001..0025.</summary>
    Region,

    /// <summary>A municipality (kommun): the same four-digit code in SCB and Kolada.</summary>
    Municipality,

    /// <summary>A setting outside the Swedish code lists, e.g. a country in a WHO HEAT Plus file.</summary>
    Other,
}
