using System.Globalization;

namespace IndicatorHub.Presentation.Localization;

/// <summary>
/// The two languages of the web: Swedish by default, English on request. Pages word their text with
/// <see cref="T"/>, keeping both languages side by side where the text is used.
/// </summary>
public static class UiCulture
{
    /// <summary>Swedish as Sweden writes it: decimal comma, no-break space between thousands, U+2212 minus.</summary>
    public static CultureInfo Swedish { get; } = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>English with British conventions (decimal point, comma between thousands).</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The query-string key and cookie value vocabulary: <c>sv</c> or <c>en</c>.</summary>
    public const string QueryKey = "culture";

    /// <summary>True when the current request is in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The current language as an HTML <c>lang</c> value.</summary>
    public static string Lang => IsEnglish ? "en" : "sv";

    /// <summary>The culture numbers are displayed in for the current request.</summary>
    public static CultureInfo Current => IsEnglish ? English : Swedish;

    /// <summary>The text in the current language.</summary>
    public static string T(string swedish, string english) => IsEnglish ? english : swedish;

    /// <summary>Maps <c>sv</c>, <c>sv-SE</c>, <c>en</c>, <c>en-GB</c> … to a supported culture; null for anything else.</summary>
    public static CultureInfo? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var language = value.Trim().Split('-', '_')[0];
        return language.ToLowerInvariant() switch
        {
            "sv" => Swedish,
            "en" => English,
            _ => null,
        };
    }
}
