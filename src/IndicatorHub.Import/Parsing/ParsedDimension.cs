using IndicatorHub.Core.Observations;

namespace IndicatorHub.Import.Parsing;

/// <summary>A dimension with its subgroups' order and reference flags, as a HEAT Plus file declares them.</summary>
public sealed record ParsedDimension(SourcePosition Position, DimensionDefinition Dimension) : ParsedItem(Position);
