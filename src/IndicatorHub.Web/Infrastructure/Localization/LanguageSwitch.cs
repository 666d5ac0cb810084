using IndicatorHub.Presentation.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace IndicatorHub.Web.Infrastructure.Localization;

/// <summary>The link to the same page in the other language: the current path and query with <c>culture</c> set.</summary>
public static class LanguageSwitch
{
    /// <summary>The language the switch offers: English on a Swedish page, Swedish on an English one.</summary>
    public static string OtherLang => UiCulture.IsEnglish ? "sv" : "en";

    /// <summary>The switch's text, written in the language it leads to.</summary>
    public static string OtherName => UiCulture.IsEnglish ? "Svenska" : "English";

    /// <summary>The current path and query with <c>culture=</c> replaced by the other language.</summary>
    public static string Url(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(p => !string.Equals(p.Key, UiCulture.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>(UiCulture.QueryKey, OtherLang));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}
