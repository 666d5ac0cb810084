namespace IndicatorHub.Import.Fetch.Kolada;

/// <summary>One Kolada fetch, stored as one batch.</summary>
/// <param name="Endpoint">What to read.</param>
/// <param name="FetchRoot">The folder under which this fetch's own folder of pages is created (the database's fetched/ folder).</param>
public sealed record KoladaFetchRequest(KoladaEndpoint Endpoint, string FetchRoot)
{
    /// <summary>KPI ids (N00923) for <see cref="KoladaEndpoint.Data"/>.</summary>
    public IReadOnlyList<string> KpiIds { get; init; } = [];

    /// <summary>A KPI group whose members are fetched as well, for <see cref="KoladaEndpoint.Data"/>.</summary>
    public string? KpiGroupId { get; init; }

    /// <summary>Kolada area ids (0180, 0001) for <see cref="KoladaEndpoint.Data"/>; empty for all.</summary>
    public IReadOnlyList<string> MunicipalityIds { get; init; } = [];

    /// <summary>Years for <see cref="KoladaEndpoint.Data"/>; empty for all.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Ids to read from a metadata endpoint; empty for all of them.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Another API root than the configured one (a mirror, a test server).</summary>
    public Uri? BaseUrl { get; init; }
}
