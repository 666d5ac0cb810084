using IndicatorHub.Core.Areas;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Indicators;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Search;

/// <summary>What a search for a municipality, region or indicator found.</summary>
/// <param name="Areas">Areas whose name or code matches: exact code or name first, then by name.</param>
/// <param name="Indicators">Indicators whose id or title matches, by id.</param>
/// <param name="Exact">The one area or indicator the text names exactly (code, Kolada id, name or id), if any.</param>
public sealed record SiteSearchResult(IReadOnlyList<Area> Areas, IReadOnlyList<SiteSearchIndicator> Indicators, SiteSearchHit? Exact)
{
    /// <summary>How many matches there are in all.</summary>
    public int Count => Areas.Count + Indicators.Count;
}

/// <summary>An indicator found by a search.</summary>
/// <param name="Id">The indicator's id.</param>
/// <param name="Title">Its Swedish title.</param>
/// <param name="TitleEn">Its English title, when known.</param>
public sealed record SiteSearchIndicator(string Id, string Title, string? TitleEn);

/// <summary>The single thing a search names exactly.</summary>
/// <param name="Area">An area, or null.</param>
/// <param name="IndicatorId">An indicator id, or null.</param>
public sealed record SiteSearchHit(Area? Area, string? IndicatorId);

/// <summary>
/// The start page's search: municipalities, regions, the country and indicators by code or (part of a) name,
/// case-insensitive for å, ä and ö too.
/// </summary>
public static class SiteSearchQuery
{
    /// <summary>Runs the search; blank text finds nothing. At most <paramref name="limit"/> matches of each kind.</summary>
    public static SiteSearchResult Run(SqliteConnection connection, string? text, int limit = 50)
    {
        var query = text?.Trim() ?? "";
        if (query.Length == 0)
        {
            return new SiteSearchResult([], [], null);
        }

        var exactArea = AreaLookupQuery.Run(connection, query);
        var exactIndicator = IndicatorLookupQuery.Run(connection, query) ?? IndicatorLookupQuery.Run(connection, query.ToUpperInvariant());
        var areas = AreaListQuery.Run(connection)
            .Where(a => a.Code == exactArea?.Code
                || IndicatorListQuery.Matches(a.Name, query)
                || a.Code.StartsWith(query, StringComparison.Ordinal)
                || a.KoladaId.StartsWith(query, StringComparison.Ordinal))
            .OrderBy(a => a.Code == exactArea?.Code ? 0 : 1)
            .ThenBy(a => a.Name.StartsWith(query, StringComparison.InvariantCultureIgnoreCase) ? 0 : 1)
            .ThenBy(a => a.Name, StringComparer.InvariantCultureIgnoreCase)
            .Take(limit)
            .ToList();
        var indicators = IndicatorListQuery.Run(connection, query, 1, limit).Items
            .Select(i => new SiteSearchIndicator(i.Id, i.Title, i.TitleEn))
            .ToList();
        SiteSearchHit? exact = (exactArea, exactIndicator) switch
        {
            ({ } area, null) => new SiteSearchHit(area, null),
            (null, { } indicator) => new SiteSearchHit(null, indicator.Id),
            _ => null,
        };
        return new SiteSearchResult(areas, indicators, exact);
    }
}
