using IndicatorHub.Core.Indicators;

namespace IndicatorHub.Import.Parsing;

/// <summary>Indicator metadata found in the file (a Kolada /kpi object, a PX title, a HEAT indicator_name).</summary>
/// <param name="Indicator">What the file says about the indicator; fields it does not say are null.</param>
public sealed record ParsedIndicator(SourcePosition Position, Indicator Indicator) : ParsedItem(Position);
