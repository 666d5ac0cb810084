using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;

namespace IndicatorHub.Import.Fetch;

/// <summary>
/// How a fetch ended: every page stored as one batch, or a <see cref="Failure"/> with nothing stored. When the
/// importer rejected the pages, <see cref="Import"/> holds its errors and the pages stay on disk for inspection.
/// </summary>
/// <param name="Failure">Null when the batch was stored.</param>
/// <param name="Folder">The folder holding the pages and manifest.json; null when the fetch failed before importing (the folder is then removed).</param>
/// <param name="Pages">Every page kept, in order.</param>
/// <param name="Import">The import of the pages, when it ran.</param>
/// <param name="RequestsPlanned">How many first requests the fetch planned (after splitting ids or cells), not counting next_url pages.</param>
public sealed record FetchResult(FetchFailure? Failure, string? Folder, IReadOnlyList<FetchedPage> Pages, ImportResult? Import, int RequestsPlanned)
{
    /// <summary>The format every page is imported with.</summary>
    public ImportFormat Format { get; init; }

    /// <summary>The manifest.json that lists the pages, once they are all downloaded; the batch is named by it.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Hex SHA-256 of <see cref="ManifestPath"/>'s bytes, recorded with the batch.</summary>
    public string? ManifestSha256 { get; init; }

    /// <summary>True when every page is stored as one batch (after an import), or downloaded (after a download only).</summary>
    public bool Succeeded => Failure is null;

    /// <summary>The stored (or, for <see cref="FetchFailureReason.ImportRejected"/>, the rejected) batch; 0 when none was recorded.</summary>
    public long BatchId => Import?.Summary.BatchId ?? 0;

    internal static FetchResult Failed(FetchFailure failure, IReadOnlyList<FetchedPage> pages, int planned) => new(failure, null, pages, null, planned);
}
