using IndicatorHub.Storage;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// Imports files into the store: detect the format, stream the parser's items, resolve indicators, areas and
/// periods, write each observation, and commit the file as one batch — or reject it whole, leaving the store
/// as it was. Every problem is kept with its file, line, column and reason.
/// </summary>
public sealed partial class ImportService(IndicatorStore store, FormatDetector detector)
{
    /// <summary>Imports one file as one batch.</summary>
    public ImportResult Import(ImportRequest request, IProgress<ImportProgress>? progress = null)
    {
        using var session = BeginSession();
        return session.Import(request, progress);
    }

    /// <summary>
    /// Begins importing many files in a row (a folder, an archive): one connection and one set of in-memory
    /// directories for all of them, each file still its own batch.
    /// </summary>
    public ImportSession BeginSession() => new(store.BeginImportSession(), detector);
}
