using IndicatorHub.Core.Areas;

namespace IndicatorHub.Storage;

/// <summary>How area kinds and aliases are written in the database.</summary>
public static class AreaKinds
{
    /// <summary>The text stored in areas.kind.</summary>
    public static string ToText(AreaKind kind) => kind switch
    {
        AreaKind.Country => "country",
        AreaKind.Region => "region",
        AreaKind.Municipality => "municipality",
        _ => "other",
    };

    /// <summary>Reads areas.kind.</summary>
    public static AreaKind FromText(string text) => text switch
    {
        "country" => AreaKind.Country,
        "region" => AreaKind.Region,
        "municipality" => AreaKind.Municipality,
        _ => AreaKind.Other,
    };

    /// <summary>The normalised form aliases are stored and looked up in: trimmed, upper-cased invariantly.</summary>
    public static string AliasKey(string alias) => alias.Trim().ToUpperInvariant();
}
