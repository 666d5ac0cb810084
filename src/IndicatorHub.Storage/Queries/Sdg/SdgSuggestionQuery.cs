using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Queries.Indicators;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Sdg;

/// <summary>Keyword suggestions for one indicator.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Title">Its title.</param>
/// <param name="Suggestions">Best first; empty when no keyword matched.</param>
public sealed record SdgIndicatorSuggestions(string IndicatorId, string Title, IReadOnlyList<SdgSuggestion> Suggestions);

/// <summary>
/// Keyword suggestions (<see cref="SdgSuggester"/>) for the store's indicators that have no mapping, or for one
/// indicator whether mapped or not (an analyst asking about one indicator wants the alternatives too).
/// </summary>
public static class SdgSuggestionQuery
{
    /// <summary>Suggestions for every unmapped indicator, in id order.</summary>
    public static IReadOnlyList<SdgIndicatorSuggestions> ForUnmapped(SqliteConnection connection, int maxResults = 5)
    {
        var suggester = SdgSuggester.Load();
        var mappings = SdgMappingQuery.Run(connection);
        return IndicatorCatalogueQuery.Run(connection)
            .Where(i => !mappings.IsMapped(i.Id))
            .Select(i => new SdgIndicatorSuggestions(i.Id, i.Title, suggester.Suggest(Metadata(i), maxResults)))
            .ToList();
    }

    /// <summary>Suggestions for <paramref name="indicatorId"/>, or null when the store does not hold it.</summary>
    public static SdgIndicatorSuggestions? ForIndicator(SqliteConnection connection, string indicatorId, int maxResults = 5) =>
        IndicatorLookupQuery.Run(connection, indicatorId) is { } indicator
            ? new SdgIndicatorSuggestions(indicator.Id, indicator.Title, SdgSuggester.Load().Suggest(Metadata(indicator), maxResults))
            : null;

    private static SdgIndicatorMetadata Metadata(Indicator indicator) =>
        new(indicator.Id, indicator.Title, indicator.Description, indicator.OperatingArea);
}
