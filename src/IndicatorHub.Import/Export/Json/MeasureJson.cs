using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Import.Export.Json;

/// <summary>
/// One summary measure of inequality of one setting × date × indicator × dimension, as `indicatorhub measures
/// --format json` and GET /api/v1/measures write it (the CSV's column names; null where not defined; <c>note</c>
/// says why a measure was not computed).
/// </summary>
public sealed record MeasureJson(string Setting, string Date, string IndicatorAbbr, string Dimension, string Measure, double? Estimate, double? Se, double? CiLb, double? CiUb, string? Note)
{
    /// <summary>The CSV's columns, in order (the JSON property names).</summary>
    public static readonly IReadOnlyList<string> Columns = ["setting", "date", "indicator_abbr", "dimension", "measure", "estimate", "se", "ci_lb", "ci_ub", "note"];

    /// <summary>One measure of one group.</summary>
    public static MeasureJson From(string setting, string date, string indicator, string dimension, MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(setting, date, indicator, dimension, result.Measure, result.Estimate, result.Se, result.CiLb, result.CiUb, result.NotComputedReason);
    }
}
