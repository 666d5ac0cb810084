using IndicatorHub.Core.Areas;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Pages.Goals;

/// <summary>
/// The ?area= choice shared by the start page and the goal pages: all municipalities, or one municipality so a
/// planner sees what is known there and where follow-up is blind.
/// </summary>
/// <param name="Municipalities">Every municipality, by name, for the picker.</param>
/// <param name="Selected">The chosen municipality, or null for all.</param>
/// <param name="Requested">What ?area= said, kept to explain an unknown value.</param>
public sealed record GoalAreaScope(IReadOnlyList<Area> Municipalities, Area? Selected, string? Requested)
{
    /// <summary>True when ?area= named something that is not a municipality.</summary>
    public bool Unknown => Requested is not null && Selected is null;

    /// <summary>The selected municipality's code for asp-route-area, or null.</summary>
    public string? RouteArea => Selected?.Code;

    /// <summary>Resolves ?area= (code, Kolada id or name) to a municipality; anything else selects none.</summary>
    public static GoalAreaScope Resolve(SqliteConnection connection, string? area)
    {
        var municipalities = AreaListQuery.Run(connection)
            .Where(a => a.Kind == AreaKind.Municipality)
            .OrderBy(a => a.Name, StringComparer.Create(UiCulture.Swedish, false))
            .ToList();
        var requested = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        var found = requested is null ? null : AreaLookupQuery.Run(connection, requested);
        return new GoalAreaScope(municipalities, found?.Kind == AreaKind.Municipality ? found : null, requested);
    }
}
