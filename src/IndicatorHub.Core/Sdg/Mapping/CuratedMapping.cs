namespace IndicatorHub.Core.Sdg;

/// <summary>
/// The curated mapping shipped in data/sdg/curated_mapping.csv (embedded): every Kolada KPI in the project's real
/// data, mapped to targets where the link is clear and to the goal otherwise, each row with a note saying why.
/// </summary>
public static class CuratedMapping
{
    /// <summary>File name of the embedded resource (also the file under data/sdg).</summary>
    public const string FileName = "curated_mapping.csv";

    /// <summary>Loads and validates the embedded curated mapping.</summary>
    /// <param name="knownIndicators">Indicator ids that exist in the caller's store; null skips that check.</param>
    /// <exception cref="SdgMappingValidationException">The shipped file is invalid (a build error, caught by tests).</exception>
    public static SdgMappingSet Load(IReadOnlySet<string>? knownIndicators = null)
    {
        using var reader = SdgEmbeddedData.OpenText(FileName);
        var result = SdgMappingCsv.Read(reader, knownIndicators);
        return result.IsValid ? SdgMappingSet.Create(result.Mappings) : throw new SdgMappingValidationException(result.Errors);
    }
}
