using System.Globalization;
using IndicatorHub.Core.Observations;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation;

/// <summary>How an indicator, its values and its source read on a page, in the request's language.</summary>
public static class IndicatorText
{
    /// <summary>The title in the page's language: the English title when there is one, else the Swedish.</summary>
    public static string Title(IndicatorInfo indicator) =>
        UiCulture.IsEnglish && !string.IsNullOrWhiteSpace(indicator.TitleEn) ? indicator.TitleEn! : indicator.Title;

    /// <summary>The unit, or an empty string.</summary>
    public static string Unit(IndicatorInfo indicator) => indicator.Unit?.Trim() ?? string.Empty;

    /// <summary>"Källa: Kolada (RKA)" — the source drawn on every chart.</summary>
    public static string Source(IndicatorInfo indicator) => UiCulture.T("Källa: ", "Source: ") + SourceName(indicator);

    /// <summary>The source's name: "Kolada (RKA)" for Kolada's indicators (and when none is recorded).</summary>
    public static string SourceName(IndicatorInfo indicator) =>
        string.IsNullOrWhiteSpace(indicator.Source) || indicator.Source.Contains("kolada", StringComparison.OrdinalIgnoreCase)
            ? "Kolada (RKA)"
            : indicator.Source;

    /// <summary>The direction in words.</summary>
    public static string Direction(bool? higherIsBetter) => higherIsBetter switch
    {
        true => UiCulture.T("Högre värde är bättre", "Higher is better"),
        false => UiCulture.T("Lägre värde är bättre", "Lower is better"),
        null => UiCulture.T("Ingen önskad riktning angiven", "No desired direction given"),
    };

    /// <summary>
    /// A value rounded to <paramref name="decimals"/> (one by default, as Kolada publishes most values) with trailing
    /// zeros dropped, in the page's culture; en dash when missing. Downloads keep full precision.
    /// </summary>
    public static string Value(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('#', decimals), UiCulture.Current) : "–";

    /// <summary>A value with its unit: "73,1 %", "81,2 år".</summary>
    public static string WithUnit(double? value, string unit) =>
        value is null ? "–" : unit.Length == 0 ? Value(value) : Value(value) + "\u00A0" + unit;

    /// <summary>A signed change: +1,2 or −0,4.</summary>
    public static string Change(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return "–";
        }

        var rounded = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        return (rounded < 0 ? "\u2212" : rounded > 0 ? "+" : "±") + Math.Abs(rounded).ToString("#,##0.#", UiCulture.Current);
    }

    /// <summary>The year a period ends in, for chart axes.</summary>
    public static int Year(string period) => Period.EndYear(period);

    /// <summary>"2000–2022" for the span of periods shown.</summary>
    public static string Span(IEnumerable<string> periods)
    {
        var list = periods.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "–" : list.Count == 1 || list[0] == list[^1] ? list[0] : list[0] + "–" + list[^1];
    }

    /// <summary>Invariant text of a whole number, for URLs and ids.</summary>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
