namespace IndicatorHub.Import.Fetch.PxWeb;

/// <summary>PxWeb API v2 settings, bound from the configuration section <see cref="Section"/>.</summary>
public sealed class PxWebFetchOptions : FetchHttpOptions
{
    /// <summary>The configuration section: Fetch:PxWeb.</summary>
    public const string Section = "Fetch:PxWeb";

    /// <inheritdoc />
    public override Uri BaseUrl { get; set; } = new("https://statistikdatabasen.scb.se/api/v2");

    /// <summary>The language asked for (lang=…).</summary>
    public string Language { get; set; } = "sv";

    /// <summary>
    /// The most cells one data request may ask for, used when the server's /config does not say (SCB's says
    /// maxDataCells 150000) or when <see cref="ReadServerConfig"/> is off.
    /// </summary>
    public int MaxDataCells { get; set; } = 150_000;

    /// <summary>Read maxDataCells from the server's /config before fetching.</summary>
    public bool ReadServerConfig { get; set; } = true;
}
