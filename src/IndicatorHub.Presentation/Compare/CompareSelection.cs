using IndicatorHub.Storage.Queries.Compare;

namespace IndicatorHub.Presentation.Compare;

/// <summary>What kind of set of areas /compare compares.</summary>
public enum CompareSelectionKind
{
    /// <summary>A stored network (?network=).</summary>
    Network,

    /// <summary>An SKR kommungrupp (?group=).</summary>
    MunicipalityGroup,

    /// <summary>The municipalities of a county (?county=).</summary>
    County,

    /// <summary>Any set of areas (?areas=CODE,CODE).</summary>
    Areas,
}

/// <summary>The set of areas a comparison page shows, as the query string chose it.</summary>
/// <param name="Kind">Network, kommungrupp, county or a free set of areas.</param>
/// <param name="Key">The query-string value that selects it again (network URL key, kommungrupp id, county code, codes).</param>
/// <param name="Name">The name shown: the network's, the kommungrupp's, the county's, or null for a free set.</param>
/// <param name="IsExample">True for a network known to be an incomplete example.</param>
/// <param name="Members">The members in the order they are listed by default (by name).</param>
public sealed record CompareSelection(CompareSelectionKind Kind, string Key, string? Name, bool IsExample, IReadOnlyList<CompareArea> Members)
{
    /// <summary>The query-string parameter that selects this kind: network, group, county or areas.</summary>
    public string QueryKey => Kind switch
    {
        CompareSelectionKind.Network => "network",
        CompareSelectionKind.MunicipalityGroup => "group",
        CompareSelectionKind.County => "county",
        _ => "areas",
    };
}

/// <summary>Why a comparison request was refused; the page words it (400 or 404).</summary>
public enum CompareProblem
{
    /// <summary>Nothing wrong.</summary>
    None,

    /// <summary>No network, kommungrupp, county or areas chosen.</summary>
    NoSelection,

    /// <summary>More than one of network, group, county and areas.</summary>
    SeveralSelections,

    /// <summary>No stored network by that key or name (404).</summary>
    UnknownNetwork,

    /// <summary>No kommungrupp by that id or title (404).</summary>
    UnknownGroup,

    /// <summary>No county by that code or name (404).</summary>
    UnknownCounty,

    /// <summary>An area code or name that is unknown (404).</summary>
    UnknownArea,

    /// <summary>More areas or indicators than a page shows (400).</summary>
    TooMany,

    /// <summary>The selection has no members.</summary>
    NoMembers,

    /// <summary>An indicator id that is unknown (404).</summary>
    UnknownIndicator,

    /// <summary>A goal outside 1–17 (400).</summary>
    BadGoal,

    /// <summary>A period that is not a year or a span of years (400).</summary>
    BadPeriod,

    /// <summary>A sort key that is neither the name nor a shown indicator (400).</summary>
    BadSort,
}
