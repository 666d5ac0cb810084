namespace IndicatorHub.Storage.Inequality;

/// <summary>The dimension ids the store assembles besides the composite ones of data/dimensions.</summary>
public static class InequalityDimensions
{
    /// <summary>Women vs men from the indicator's own sex breakdown.</summary>
    public const string Sex = "sex";

    /// <summary>The municipalities of a county, kommungrupp or network, weighted by population.</summary>
    public const string Areas = "areas";

    /// <summary>Kolada's population KPI (inhabitants 31 Dec, total and by sex): the population weights.</summary>
    public const string PopulationIndicator = "N01951";
}
