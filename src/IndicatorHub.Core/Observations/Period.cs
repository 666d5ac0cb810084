using System.Globalization;

namespace IndicatorHub.Core.Observations;

/// <summary>
/// Periods are stored as text in one canonical form: a year "2021", a span of years "2021-2024", or a month
/// "2025-01". Sources write them in other ways too (PxWeb "2025M01", Kolada spans "2019–2023"); this turns them
/// into the canonical form and refuses anything else.
/// </summary>
public static class Period
{
    private const int MinYear = 1800;
    private const int MaxYear = 2200;

    /// <summary>Normalises <paramref name="text"/> to the canonical form.</summary>
    /// <returns>False, with <paramref name="reason"/> set, when the text is no period this store understands.</returns>
    public static bool TryNormalize(string? text, out string period, out string reason)
    {
        period = string.Empty;
        reason = string.Empty;
        var span = (text ?? string.Empty).AsSpan().Trim();
        if (span.IsEmpty)
        {
            reason = "the period is empty";
            return false;
        }

        // "2021"
        if (span.Length == 4 && TryYear(span, out var year))
        {
            period = year.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        // "2025M01" (PxWeb) or "2025-01"
        if (span.Length == 7 && (span[4] == 'M' || span[4] == 'm' || span[4] == '-') && TryYear(span[..4], out year)
            && int.TryParse(span[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            if (month is < 1 or > 12)
            {
                reason = $"month {month} in '{span}' is not 1–12";
                return false;
            }

            period = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
            return true;
        }

        // "2021-2024", "2021–2024" (en dash), "2021/2024"
        if (span.Length == 9 && (span[4] == '-' || span[4] == '–' || span[4] == '/')
            && TryYear(span[..4], out var from) && TryYear(span[5..], out var to))
        {
            if (to <= from)
            {
                reason = $"the span '{span}' does not run forwards";
                return false;
            }

            period = string.Create(CultureInfo.InvariantCulture, $"{from}-{to}");
            return true;
        }

        reason = $"'{span}' is not a year (2021), a span of years (2021-2024) or a month (2025-01)";
        return false;
    }

    /// <summary>The last calendar year a canonical period covers: "2021-2024" → 2024, "2025-01" → 2025.</summary>
    public static int EndYear(string period) => period.Length == 9
        ? int.Parse(period.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture)
        : int.Parse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;
}
