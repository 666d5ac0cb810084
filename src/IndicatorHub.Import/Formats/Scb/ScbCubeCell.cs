namespace IndicatorHub.Import.Formats.Scb;

/// <summary>What one cell of a table means: the observation's key parts.</summary>
/// <param name="ContentIndex">Index of the cell's content (0 when the table has no contents variable).</param>
public sealed record ScbCubeCell(string? IndicatorId, string Area, string Period, string Dimension, string Subgroup, int ContentIndex);
