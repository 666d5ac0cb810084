namespace IndicatorHub.Import.Formats.Heat;

/// <summary>
/// The columns of WHO's HEAT Plus v6 upload template (sheet "template", row 1) and whether the template's
/// legend marks them Mandatory, Recommended or Optional.
/// </summary>
public static class HeatColumns
{
    /// <summary>Setting name, e.g. a country ("Indonesia") or a province.</summary>
    public const string Setting = "setting";

    /// <summary>Date of the data; HEAT Plus calls it <c>year</c> internally.</summary>
    public const string Date = "date";

    /// <summary>Data source, e.g. "DHS".</summary>
    public const string Source = "source";

    /// <summary>Indicator abbreviation, e.g. "anc1".</summary>
    public const string IndicatorAbbr = "indicator_abbr";

    /// <summary>Indicator name.</summary>
    public const string IndicatorName = "indicator_name";

    /// <summary>Dimension of inequality, e.g. "Economic status (wealth quintile)".</summary>
    public const string Dimension = "dimension";

    /// <summary>Population subgroup.</summary>
    public const string Subgroup = "subgroup";

    /// <summary>Subgroup estimate; percentages already multiplied by 100.</summary>
    public const string Estimate = "estimate";

    /// <summary>Standard error of the estimate.</summary>
    public const string Se = "se";

    /// <summary>95 % confidence interval lower bound.</summary>
    public const string CiLb = "ci_lb";

    /// <summary>95 % confidence interval upper bound.</summary>
    public const string CiUb = "ci_ub";

    /// <summary>Number of people affected or at risk in the subgroup.</summary>
    public const string Population = "population";

    /// <summary>Free-text note; HEAT Plus calls it <c>flag</c> internally.</summary>
    public const string Note = "note";

    /// <summary>The setting's average across subgroups.</summary>
    public const string SettingAverage = "setting_average";

    /// <summary>ISO3 country code when the setting is a country.</summary>
    public const string Iso3 = "iso3";

    /// <summary>1 when higher is better, 0 for adverse indicators.</summary>
    public const string FavourableIndicator = "favourable_indicator";

    /// <summary>100 for percentages, 1000 for rates per 1000, …</summary>
    public const string IndicatorScale = "indicator_scale";

    /// <summary>1 when the dimension's subgroups are ordered.</summary>
    public const string OrderedDimension = "ordered_dimension";

    /// <summary>1..n for ordered dimensions (1 = most disadvantaged), 0 otherwise.</summary>
    public const string SubgroupOrder = "subgroup_order";

    /// <summary>1 for the reference subgroup of a non-ordered dimension, else 0.</summary>
    public const string ReferenceSubgroup = "reference_subgroup";

    /// <summary>The template's columns in its order.</summary>
    public static IReadOnlyList<string> TemplateOrder { get; } =
    [
        Setting, Date, Source, IndicatorAbbr, IndicatorName, Dimension, Subgroup, Estimate, Se, CiLb, CiUb, Population,
        Note, SettingAverage, Iso3, FavourableIndicator, IndicatorScale, OrderedDimension, SubgroupOrder, ReferenceSubgroup,
    ];

    /// <summary>The columns the legend marks Mandatory; a file without one of them cannot be uploaded.</summary>
    public static IReadOnlyList<string> Mandatory { get; } =
    [
        Setting, Date, Source, IndicatorAbbr, IndicatorName, Dimension, Subgroup, Estimate,
        FavourableIndicator, IndicatorScale, OrderedDimension, SubgroupOrder, ReferenceSubgroup,
    ];

    /// <summary>
    /// Other names for a column: HEAT Plus renames date → year and note → flag on upload, and older HEAT files
    /// used country for setting and national for setting_average.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = Date,
        ["flag"] = Note,
        ["country"] = Setting,
        ["national"] = SettingAverage,
    };
}
