namespace IndicatorHub.Core.Sdg;

/// <summary>Which indicator text a keyword was found in; the title counts most.</summary>
public enum SdgTextField
{
    /// <summary>The indicator title (weight 1.0).</summary>
    Title = 0,

    /// <summary>The Kolada operating area (weight 0.6).</summary>
    OperatingArea = 1,

    /// <summary>The description (weight 0.3: long texts mention many topics in passing).</summary>
    Description = 2,
}
