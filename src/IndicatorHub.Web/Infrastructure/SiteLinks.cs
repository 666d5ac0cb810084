namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// Links to the pages that show one area or one indicator (/areas/{code}, /indicators/{id}), for search results
/// and lists, written as paths because those pages belong to another part of the site.
/// </summary>
public static class SiteLinks
{
    /// <summary>/areas/{code}: the area's profile.</summary>
    public static string Area(string code) => "/areas/" + Uri.EscapeDataString(code);

    /// <summary>/indicators/{id}: the indicator's page.</summary>
    public static string Indicator(string id) => "/indicators/" + Uri.EscapeDataString(id);
}
