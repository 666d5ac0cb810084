using System.Globalization;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// Numbers and dates as a Swedish reader expects them (decimal comma, no-break space between thousands, U+2212
/// minus). Data is parsed and stored invariant; only display goes through here, whatever the server's culture.
/// </summary>
public static class SwedishFormat
{
    /// <summary>The display culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A whole number: 10 521 556.</summary>
    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A value with a fixed number of decimals, or an en dash when missing.</summary>
    public static string Number(double? value, int decimals = 1) => value.HasValue ? value.Value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : "–";

    /// <summary>An ISO 8601 timestamp as "2026-11-22 22:30" in Swedish time.</summary>
    public static string Timestamp(string? iso)
    {
        if (iso is null || !DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return "–";
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var stockholm) ? stockholm : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", Culture);
    }
}
