namespace IndicatorHub.Storage.Inequality;

/// <summary>Which groups to compute inequality measures for, from the store.</summary>
/// <param name="Indicator">Indicator id (Kolada ids in any case).</param>
public sealed record MeasureRequest(string Indicator)
{
    /// <summary>Only this area (SCB or Kolada code, or name) as the setting; null for every area with data. Not with <see cref="Group"/>.</summary>
    public string? Area { get; init; }

    /// <summary>
    /// <see cref="InequalityDimensions.Sex"/>, <see cref="InequalityDimensions.Areas"/> or a composite dimension id
    /// (income_quintile, education); null for every dimension the indicator has (or areas when <see cref="Group"/> is set).
    /// </summary>
    public string? Dimension { get; init; }

    /// <summary>A county (code or name), kommungrupp (id or title), shipped network name, or path of a network CSV.</summary>
    public string? Group { get; init; }

    /// <summary>
    /// An ad hoc set of areas (SCB codes) compared as the group, with <see cref="Group"/> as its name only (the
    /// comparison page's "any set of areas"); null to resolve <see cref="Group"/> by name.
    /// </summary>
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>Only this period; null for every period, so a gap's trend is visible.</summary>
    public string? Period { get; init; }

    /// <summary>Overrides the indicator's direction (true: higher is better).</summary>
    public bool? HigherIsBetter { get; init; }
}
