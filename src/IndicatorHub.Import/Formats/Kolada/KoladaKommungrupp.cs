namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// SKR's municipality groups (kommungruppsindelning 2017) as Kolada numbers them in /municipality_groups.
/// Kolada has thousands of other municipality groups (per county, per network, …); only these nine say which
/// kommungrupp a municipality is in, so only their members update <see cref="Core.Areas.Area.MunicipalityGroupId"/>.
/// </summary>
public static class KoladaKommungrupp
{
    /// <summary>The nine group ids G92786..G92794 (from rKolada's cached /v3/municipality_groups).</summary>
    public static IReadOnlySet<string> GroupIds { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "G92786", "G92787", "G92788", "G92789", "G92790", "G92791", "G92792", "G92793", "G92794",
    };

    /// <summary>
    /// The group's name without Kolada's " (ovägt medel)" suffix, which describes how the group's own values are
    /// averaged, not the group: "Storstäder (ovägt medel)" → "Storstäder".
    /// </summary>
    public static string CleanTitle(string title)
    {
        foreach (var suffix in (string[])[" (ovägt medel)", " (vägt medel)"])
        {
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^suffix.Length].Trim();
            }
        }

        return title.Trim();
    }
}
