namespace IndicatorHub.Storage.Inequality;

/// <summary>What kind of set of municipalities an <see cref="AreaGroup"/> is.</summary>
public enum AreaGroupKind
{
    /// <summary>The municipalities of a county (län).</summary>
    County,

    /// <summary>The municipalities of an SKR kommungrupp (Kolada G92786..G92794).</summary>
    MunicipalityGroup,

    /// <summary>A named network: a list shipped in data/networks or given as a file.</summary>
    Network,

    /// <summary>Every municipality of the country (the group named by riket's code or name: 00, Riket).</summary>
    Country,
}

/// <summary>
/// A set of municipalities compared as the subgroups of a non-ordered dimension ("areas"), weighted by population.
/// </summary>
/// <param name="Kind">County, kommungrupp or network.</param>
/// <param name="Name">The setting name shown in results: the county's name, the kommungrupp's title, the network's name.</param>
/// <param name="MemberCodes">SCB codes of the members, sorted.</param>
/// <param name="SettingAverageArea">An area whose own value is the group's setting average (the county's region); null when none.</param>
public sealed record AreaGroup(AreaGroupKind Kind, string Name, IReadOnlyList<string> MemberCodes, string? SettingAverageArea);
