namespace IndicatorHub.Import.Fetch.Kolada;

/// <summary>Kolada API v3 settings, bound from the configuration section <see cref="Section"/>.</summary>
public sealed class KoladaFetchOptions : FetchHttpOptions
{
    /// <summary>The configuration section: Fetch:Kolada.</summary>
    public const string Section = "Fetch:Kolada";

    /// <inheritdoc />
    public override Uri BaseUrl { get; set; } = new("https://api.kolada.se/v3");

    /// <summary>Ids per path segment; Kolada refuses longer lists.</summary>
    public int MaxIdsPerSegment { get; set; } = 25;

    /// <summary>The per_page asked for; 5000 is the API's largest.</summary>
    public int PerPage { get; set; } = 5000;

    /// <summary>A fetch that would read more pages than this stops: a next_url chain that never ends.</summary>
    public int MaxPages { get; set; } = 500;
}
