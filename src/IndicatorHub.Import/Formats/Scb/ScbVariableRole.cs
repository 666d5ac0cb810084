namespace IndicatorHub.Import.Formats.Scb;

/// <summary>What a variable of an SCB/PxWeb table contributes to an observation.</summary>
public enum ScbVariableRole
{
    /// <summary>A breakdown such as kön, ålder or utbildningsnivå: becomes the observation's dimension and subgroup.</summary>
    Breakdown,

    /// <summary>The region variable ("region", code "Region"): becomes the observation's area.</summary>
    Region,

    /// <summary>The time variable ("år", "månad", code "Tid"): becomes the observation's period.</summary>
    Time,

    /// <summary>The contents variable ("tabellinnehåll", code "ContentsCode"): selects the indicator.</summary>
    Contents,
}
