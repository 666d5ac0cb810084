namespace IndicatorHub.Storage.Imports;

/// <summary>What is known about a file when its import begins.</summary>
/// <param name="FileName">The file as the user named it.</param>
/// <param name="Format">The format's CLI name, e.g. "kolada-csv".</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes.</param>
/// <param name="ByteCount">The file's size, when known; with <paramref name="ParseKey"/> it lets an unchanged re-import be recognised.</param>
/// <param name="ParseKey">The format and every option that shapes parsing, as the pipeline spells them; null when unknown.</param>
public sealed record ImportBatchStart(string FileName, string Format, string Sha256, long? ByteCount = null, string? ParseKey = null);
