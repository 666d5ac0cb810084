namespace IndicatorHub.Charts;

/// <summary>What a series stands for; decides its colour, marker and line style in every chart.</summary>
public enum SeriesRole
{
    /// <summary>The chosen area.</summary>
    Area,

    /// <summary>Riket, the whole country.</summary>
    Country,

    /// <summary>The chosen area's county (region).</summary>
    County,

    /// <summary>The chosen area's kommungrupp.</summary>
    MunicipalityGroup,

    /// <summary>Women.</summary>
    Women,

    /// <summary>Men.</summary>
    Men,

    /// <summary>Anything else.</summary>
    Other,
}
