using System.Globalization;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Presentation;

/// <summary>
/// Numbers and dates for display in the request's language (sv-SE: decimal comma, no-break space between
/// thousands, U+2212 minus; en-GB otherwise). Data is parsed and stored invariant; only display goes through here,
/// whatever the server's own culture.
/// </summary>
public static class DisplayFormat
{
    /// <summary>A whole number: 10 521 556 (sv) or 10,521,556 (en).</summary>
    public static string Count(long value) => value.ToString("N0", UiCulture.Current);

    /// <summary>A value with a fixed number of decimals, or an en dash when missing.</summary>
    public static string Number(double? value, int decimals = 1) =>
        value is { } number && double.IsFinite(number)
            ? number.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), UiCulture.Current)
            : "–";

    /// <summary>A signed change: +1,2 or −0,4 (always with its sign), or an en dash when missing.</summary>
    public static string Change(double? value, int decimals = 1)
    {
        if (value is not { } number || !double.IsFinite(number))
        {
            return "–";
        }

        var text = Math.Abs(number).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), UiCulture.Current);
        return (number < 0 ? "\u2212" : "+") + text;
    }

    /// <summary>An ISO 8601 timestamp as "2026-11-22 22:30" in Swedish time.</summary>
    public static string Timestamp(string? iso)
    {
        if (iso is null || !DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return "–";
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var stockholm) ? stockholm : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
