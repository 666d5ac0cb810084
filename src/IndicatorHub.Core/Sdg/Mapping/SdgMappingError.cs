using System.Globalization;

namespace IndicatorHub.Core.Sdg;

/// <summary>One problem found while reading or validating mappings.</summary>
/// <param name="Line">Line number in the CSV file (header = 1), or the 1-based position for an in-memory list.</param>
/// <param name="Column">Column name the problem is in, or null when it concerns the whole row or several rows.</param>
/// <param name="Reason">What is wrong, in English.</param>
/// <param name="IndicatorId">The indicator of the row, when known.</param>
public sealed record SdgMappingError(int Line, string? Column, string Reason, string? IndicatorId = null)
{
    /// <inheritdoc />
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Reason}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Reason}");
}
