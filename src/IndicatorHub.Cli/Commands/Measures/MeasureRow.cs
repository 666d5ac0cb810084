using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>One output row: a measure of one setting × date × indicator × dimension.</summary>
internal sealed record MeasureRow(string Setting, string Date, string Indicator, string Dimension, MeasureResult Result);
