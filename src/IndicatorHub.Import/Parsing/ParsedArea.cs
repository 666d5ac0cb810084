using IndicatorHub.Core.Areas;

namespace IndicatorHub.Import.Parsing;

/// <summary>
/// Area reference data (Kolada /municipality, /municipality_groups, or a HEAT setting outside Sweden).
/// For a Swedish area only the fields given are updated; an unknown Swedish code is an error.
/// </summary>
public sealed record ParsedArea(SourcePosition Position, Area Area) : ParsedItem(Position);
