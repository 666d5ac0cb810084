namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>
/// The canonical column names of IndicatorHub's long CSV, as the export writes them:
/// <c>indicator,area,period,dimension,subgroup,value,status,se,ci_lb,ci_ub,population,batch</c>.
/// <see cref="Parsing.ParseOptions.ColumnMapping"/> is keyed by these names.
/// </summary>
public static class LongCsvColumns
{
    /// <summary>The indicator id.</summary>
    public const string Indicator = "indicator";

    /// <summary>The area code or name.</summary>
    public const string Area = "area";

    /// <summary>The period.</summary>
    public const string Period = "period";

    /// <summary>The dimension; optional together with <see cref="Subgroup"/> (both absent means total/total).</summary>
    public const string Dimension = "dimension";

    /// <summary>The subgroup.</summary>
    public const string Subgroup = "subgroup";

    /// <summary>The value; empty means no value.</summary>
    public const string Value = "value";

    /// <summary>Status or missing-value symbol.</summary>
    public const string Status = "status";

    /// <summary>Standard error.</summary>
    public const string StandardError = "se";

    /// <summary>Lower confidence limit.</summary>
    public const string LowerLimit = "ci_lb";

    /// <summary>Upper confidence limit.</summary>
    public const string UpperLimit = "ci_ub";

    /// <summary>Population behind the value.</summary>
    public const string Population = "population";

    /// <summary>The import batch the export came from; read past on import, since a re-import is a new batch.</summary>
    public const string Batch = "batch";

    /// <summary>Every column in the order the export writes them.</summary>
    public static IReadOnlyList<string> ExportOrder { get; } =
        [Indicator, Area, Period, Dimension, Subgroup, Value, Status, StandardError, LowerLimit, UpperLimit, Population, Batch];

    /// <summary>Columns a file must have (dimension and subgroup may be left out together).</summary>
    public static IReadOnlyList<string> Required { get; } = [Indicator, Area, Period, Value];
}
