namespace IndicatorHub.Import.Parsing;

/// <summary>
/// What a parser yields, in file order: observations, metadata it learnt on the way, and problems.
/// Parsers stream; they never hold a whole file's observations.
/// </summary>
/// <param name="Position">Where the item starts in the file.</param>
public abstract record ParsedItem(SourcePosition Position);
