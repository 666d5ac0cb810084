namespace IndicatorHub.Core.Indicators;

/// <summary>
/// What is measured. <see cref="Id"/> is the id as the source writes it (Kolada ids upper-case, e.g. N00923).
/// </summary>
/// <param name="Id">Source id, e.g. "N00923" or a HEAT indicator_abbr.</param>
/// <param name="Title">Title in Swedish where the source is Swedish, else as the source gives it.</param>
public sealed record Indicator(string Id, string Title)
{
    /// <summary>English title, when known.</summary>
    public string? TitleEn { get; init; }

    /// <summary>Longer description, as the source gives it.</summary>
    public string? Description { get; init; }

    /// <summary>Unit of the value, e.g. "%", "år", "antal", "per 1000".</summary>
    public string? Unit { get; init; }

    /// <summary>Where the figures come from, e.g. "Kolada", "SCB", "ICEH - DHS".</summary>
    public string? Source { get; init; }

    /// <summary>True when a higher value is better (HEAT's favourable_indicator = 1); null when unknown.</summary>
    public bool? HigherIsBetter { get; init; }

    /// <summary>
    /// HEAT's indicator_scale: 100 for percentages, 1000 for rates per 1000, 1 for years, counts and other
    /// values that are not a share. Null when unknown.
    /// </summary>
    public double? Scale { get; init; }

    /// <summary>Whether the source publishes the indicator by sex (Kolada's is_divided_by_gender).</summary>
    public bool DividedByGender { get; init; }

    /// <summary>Kolada's operating area (verksamhetsområde), e.g. "Befolkning"; used for SDG suggestions.</summary>
    public string? OperatingArea { get; init; }

    /// <summary>True when the indicator was created from data alone and still needs a title and metadata.</summary>
    public bool NeedsMetadata { get; init; }
}
