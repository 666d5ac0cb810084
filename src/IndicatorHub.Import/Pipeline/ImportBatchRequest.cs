using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// Several files imported as one batch (the pages of one fetch): all of them stored, or none. The batch record
/// names <paramref name="Name"/> and <paramref name="Sha256"/> (a fetch's manifest, which lists every page with
/// its own SHA-256 and URL).
/// </summary>
/// <param name="Name">What the batch record names, e.g. the manifest's path.</param>
/// <param name="Sha256">Hex SHA-256 recorded with the batch.</param>
/// <param name="Format">The sources' format; every source is read with it.</param>
/// <param name="Sources">The files, in order.</param>
/// <param name="Options">Parse options shared by every source.</param>
public sealed record ImportBatchRequest(string Name, string Sha256, ImportFormat Format, IReadOnlyList<ImportSource> Sources, ParseOptions Options);
