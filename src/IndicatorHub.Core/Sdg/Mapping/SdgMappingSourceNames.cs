namespace IndicatorHub.Core.Sdg;

/// <summary>The lower-case names used for <see cref="SdgMappingSource"/> in CSV files and storage.</summary>
public static class SdgMappingSourceNames
{
    /// <summary>"curated", "kolada", "analyst" or "suggestion".</summary>
    public static string ToName(this SdgMappingSource source) => source switch
    {
        SdgMappingSource.Curated => "curated",
        SdgMappingSource.Kolada => "kolada",
        SdgMappingSource.Analyst => "analyst",
        SdgMappingSource.Suggestion => "suggestion",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown mapping source."),
    };

    /// <summary>Parses a name written by <see cref="ToName"/>; case-insensitive, surrounding spaces ignored.</summary>
    public static bool TryParse(string? name, out SdgMappingSource source)
    {
        foreach (var candidate in Enum.GetValues<SdgMappingSource>())
        {
            if (string.Equals(name?.Trim(), candidate.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
