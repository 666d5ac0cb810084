namespace IndicatorHub.Import.Pipeline;

/// <summary>Progress of a running import, reported every few tens of thousands of rows.</summary>
/// <param name="FileName">The file being imported.</param>
/// <param name="RowsRead">Rows read so far.</param>
/// <param name="BytesRead">Bytes of the file consumed so far, when known.</param>
/// <param name="BytesTotal">The file's size, when known.</param>
public sealed record ImportProgress(string FileName, long RowsRead, long BytesRead, long BytesTotal);
