namespace IndicatorHub.Import.Formats.Px;

/// <summary>One cell of a PX DATA section as written, with where it starts.</summary>
/// <param name="Text">The cell without quotes: "1054", "..", "-".</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
internal readonly record struct PxDataToken(string Text, int Line, int Column);
