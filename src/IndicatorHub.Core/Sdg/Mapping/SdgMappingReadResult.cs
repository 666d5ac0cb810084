namespace IndicatorHub.Core.Sdg;

/// <summary>Outcome of <see cref="SdgMappingCsv.Read"/>: either every mapping or every error, never a partial import.</summary>
/// <param name="Mappings">All mappings in file order; empty when <see cref="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found, ordered by line.</param>
public sealed record SdgMappingReadResult(IReadOnlyList<SdgMapping> Mappings, IReadOnlyList<SdgMappingError> Errors)
{
    /// <summary>True when the file had no errors.</summary>
    public bool IsValid => Errors.Count == 0;
}
