using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>How to import one file.</summary>
/// <param name="Source">The file.</param>
/// <param name="Format">The format, or <see cref="ImportFormat.Auto"/> to detect it.</param>
/// <param name="Options">What the user said about the file (indicator id, encoding, delimiter, column mapping).</param>
/// <param name="AllowPartial">Store the good rows of a file with bad rows, instead of rejecting the whole file.</param>
/// <param name="DryRun">Validate only: nothing is stored and no batch is recorded.</param>
public sealed record ImportRequest(ImportSource Source, ImportFormat Format, ParseOptions Options, bool AllowPartial = false, bool DryRun = false)
{
    /// <summary>
    /// Import the file even when an earlier batch stored the same bytes and nothing has overwritten them since
    /// (by default such a file is recognised by its SHA-256 and skipped; see <see cref="ImportOutcome"/>.Unchanged).
    /// </summary>
    public bool ReimportUnchanged { get; init; }
}
