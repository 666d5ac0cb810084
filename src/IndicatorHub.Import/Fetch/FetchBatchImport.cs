using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage;

namespace IndicatorHub.Import.Fetch;

/// <summary>
/// Imports a downloaded fetch's pages as one batch named by its manifest. Split from the download so that a caller
/// with a writer queue can download without holding the queue, then import in its turn.
/// </summary>
public static class FetchBatchImport
{
    /// <summary>
    /// Imports the pages of <paramref name="downloaded"/> (a successful <c>DownloadAsync</c>) into
    /// <paramref name="store"/> as one batch; a failed download is returned as it is.
    /// </summary>
    public static FetchResult Import(IndicatorStore store, FetchResult downloaded)
    {
        ArgumentNullException.ThrowIfNull(downloaded);
        if (!downloaded.Succeeded || downloaded.ManifestPath is null || downloaded.Import is not null)
        {
            return downloaded;
        }

        var service = new ImportService(store, ImportParsers.CreateDetector());
        var sources = downloaded.Pages.Select(p => ImportSource.FromFile(p.Path)).ToList();
        var result = service.ImportBatch(new ImportBatchRequest(downloaded.ManifestPath, downloaded.ManifestSha256!, downloaded.Format, sources, new ParseOptions()));
        var failure = result.Stored ? null : new FetchFailure(FetchFailureReason.ImportRejected);
        return downloaded with { Failure = failure, Import = result };
    }

    /// <summary>Writes the manifest and describes the finished download.</summary>
    internal static FetchResult Downloaded(
        FetchFolder folder, ImportFormat format, string source, TimeProvider clock, IReadOnlyDictionary<string, string> settings, int planned)
    {
        var (manifest, sha256) = folder.WriteManifest(source, clock.GetUtcNow(), settings);
        return new FetchResult(null, folder.Path, folder.Pages, null, planned) { Format = format, ManifestPath = manifest, ManifestSha256 = sha256 };
    }
}
