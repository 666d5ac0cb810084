namespace IndicatorHub.Import.Fetch.PxWeb;

/// <summary>One PxWeb fetch of one or more tables with the same selection, stored as one batch.</summary>
/// <param name="Tables">Table ids, e.g. TAB6471.</param>
/// <param name="Selections">The selection per variable; variables not named are left to the server (eliminated, or its default).</param>
/// <param name="FetchRoot">The folder under which this fetch's own folder of pages is created.</param>
public sealed record PxWebFetchRequest(IReadOnlyList<string> Tables, IReadOnlyList<PxWebSelection> Selections, string FetchRoot)
{
    /// <summary>Another API root than the configured one (Folkhälsodata's PxWeb, a test server).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Another language than the configured one.</summary>
    public string? Language { get; init; }
}
