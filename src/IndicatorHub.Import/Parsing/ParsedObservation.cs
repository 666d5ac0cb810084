namespace IndicatorHub.Import.Parsing;

/// <summary>
/// One value as the file states it, already split into the store's key parts but not yet resolved against the
/// store: <see cref="Area"/> is the code or name as written, <see cref="Period"/> is not yet normalised.
/// Fields a format does not have are null; the import pipeline checks and resolves the rest.
/// </summary>
public sealed record ParsedObservation(
    SourcePosition Position,
    string? IndicatorId,
    string Area,
    string Period,
    string Dimension,
    string Subgroup,
    double? Value) : ParsedItem(Position)
{
    /// <summary>Missing-value symbol or status text from the source ('..', '.', '-', Kolada status).</summary>
    public string? Status { get; init; }

    /// <summary>Standard error.</summary>
    public double? StandardError { get; init; }

    /// <summary>Lower confidence limit.</summary>
    public double? LowerLimit { get; init; }

    /// <summary>Upper confidence limit.</summary>
    public double? UpperLimit { get; init; }

    /// <summary>Population or count behind the value.</summary>
    public double? Population { get; init; }

    /// <summary>Where the area cell is, for "unknown area" errors; defaults to <see cref="ParsedItem.Position"/>.</summary>
    public SourcePosition? AreaPosition { get; init; }

    /// <summary>Where the period cell is, for "unparseable period" errors; defaults to <see cref="ParsedItem.Position"/>.</summary>
    public SourcePosition? PeriodPosition { get; init; }

    /// <summary>
    /// HEAT Plus's reference_subgroup = 1 on this row. The flag belongs to the row (setting × date × indicator ×
    /// dimension), while <see cref="ParsedDimension"/> can only say whether a subgroup is the reference anywhere;
    /// other formats leave it false.
    /// </summary>
    public bool IsReference { get; init; }

    /// <summary>Where the indicator cell is, when the file names one per row.</summary>
    public SourcePosition? IndicatorPosition { get; init; }
}
