using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage;

namespace IndicatorHub.Import.Fetch;

/// <summary>Imports a fetch's pages as one batch named by its manifest.</summary>
internal static class FetchBatchImport
{
    internal static FetchResult Import(
        IndicatorStore store, FetchFolder folder, ImportFormat format, string source, TimeProvider clock, IReadOnlyDictionary<string, string> settings, int planned)
    {
        var (manifest, sha256) = folder.WriteManifest(source, clock.GetUtcNow(), settings);
        var service = new ImportService(store, ImportParsers.CreateDetector());
        var sources = folder.Pages.Select(p => ImportSource.FromFile(p.Path)).ToList();
        var result = service.ImportBatch(new ImportBatchRequest(manifest, sha256, format, sources, new ParseOptions()));
        var failure = result.Stored ? null : new FetchFailure(FetchFailureReason.ImportRejected);
        return new FetchResult(failure, folder.Path, folder.Pages, result, planned);
    }
}
