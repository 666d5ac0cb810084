namespace IndicatorHub.Core.Csv;

/// <summary>One CSV record with the physical line number it starts on (1-based; the header is line 1).</summary>
/// <param name="Line">Line where the record starts, so errors in multi-line quoted fields still point at the row.</param>
/// <param name="Fields">The unquoted field values.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
