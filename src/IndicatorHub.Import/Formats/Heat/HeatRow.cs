using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Heat;

/// <summary>
/// One data row of a HEAT Plus file as read, kept until the whole file is checked, because several template
/// rules compare rows (one reference per dimension, subgroup orders 1..n, consistent flags). A row with any
/// problem is rejected as a whole.
/// </summary>
internal sealed class HeatRow
{
    public required long Line { get; init; }

    public required string Setting { get; init; }

    public required string Date { get; init; }

    public required string Source { get; init; }

    public required string IndicatorAbbr { get; init; }

    public required string IndicatorName { get; init; }

    public required string Dimension { get; init; }

    public required string Subgroup { get; init; }

    public double? Estimate { get; set; }

    public string? EstimateSymbol { get; set; }

    public double? Se { get; set; }

    public double? CiLb { get; set; }

    public double? CiUb { get; set; }

    public double? Population { get; set; }

    public string? Note { get; init; }

    public double? SettingAverage { get; set; }

    public string? Iso3 { get; init; }

    public double? Favourable { get; set; }

    public double? Scale { get; set; }

    public double? Ordered { get; set; }

    public double? SubgroupOrder { get; set; }

    /// <summary>Null when the cell is empty, which WHO's own example does in every row.</summary>
    public double? Reference { get; set; }

    public List<ParseProblem> Problems { get; } = [];

    public bool IsValid => Problems.Count == 0;

    public bool IsOrdered => Ordered == 1;

    public bool IsReference => Reference == 1;

    /// <summary>setting × date × indicator × dimension: the unit within which subgroups are unique and ordered.</summary>
    public (string, string, string, string) GroupKey => (Setting, Date, IndicatorAbbr, Dimension);

    /// <summary>setting × date × indicator: the unit that has one setting average.</summary>
    public (string, string, string) AverageKey => (Setting, Date, IndicatorAbbr);
}
