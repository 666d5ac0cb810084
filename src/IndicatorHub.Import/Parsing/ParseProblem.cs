namespace IndicatorHub.Import.Parsing;

/// <summary>
/// Something wrong in the file. A row-level problem rejects that row; a <see cref="Fatal"/> one means the
/// file cannot be read further (not the claimed format, truncated) and the parser stops after yielding it.
/// </summary>
/// <param name="Reason">A sentence a user can act on: what was found and what was expected.</param>
/// <param name="Fatal">True when parsing cannot continue.</param>
public sealed record ParseProblem(SourcePosition Position, string Reason, bool Fatal = false) : ParsedItem(Position);
