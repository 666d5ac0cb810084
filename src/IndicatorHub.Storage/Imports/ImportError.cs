namespace IndicatorHub.Storage.Imports;

/// <summary>A rejected row or a problem with the file, as kept in the batch record.</summary>
/// <param name="Line">1-based line; 0 for the whole file.</param>
/// <param name="Column">1-based column (field number for delimited text); 0 when unknown.</param>
/// <param name="Field">Column header, JSON path or PX keyword, when known.</param>
/// <param name="Reason">What is wrong, in a sentence.</param>
public sealed record ImportError(long Line, int Column, string? Field, string Reason);
