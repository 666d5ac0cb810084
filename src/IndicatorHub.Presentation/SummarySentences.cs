using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Rankings;

namespace IndicatorHub.Presentation;

/// <summary>The generated one-sentence summaries beside each chart, in the page's language.</summary>
public static class SummarySentences
{
    /// <summary>
    /// "Medellivslängd män i Malmö var 80,1 år 2022 (riket 81,2 år); skillnaden mellan kvinnor och män har minskat sedan 2015."
    /// </summary>
    public static string Latest(string title, string unit, string area, StoredValue latest, StoredValue? country, SexPair? gapNow, SexPair? gapThen)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var value = IndicatorText.WithUnit(latest.Value, unit);
        var text = UiCulture.T($"{title} i {area} var {value} {latest.Period}", $"{title} in {area} was {value} in {latest.Period}");
        if (country is not null && country.Period == latest.Period)
        {
            text += UiCulture.T($" (riket {IndicatorText.WithUnit(country.Value, unit)})", $" (Sweden {IndicatorText.WithUnit(country.Value, unit)})");
        }

        if (gapNow is not null && gapThen is not null && gapNow.Period != gapThen.Period)
        {
            var now = Math.Abs(gapNow.Difference);
            var then = Math.Abs(gapThen.Difference);
            text += now < then
                ? UiCulture.T($"; skillnaden mellan kvinnor och män har minskat sedan {gapThen.Period}", $"; the gap between women and men has narrowed since {gapThen.Period}")
                : now > then
                    ? UiCulture.T($"; skillnaden mellan kvinnor och män har ökat sedan {gapThen.Period}", $"; the gap between women and men has widened since {gapThen.Period}")
                    : UiCulture.T($"; skillnaden mellan kvinnor och män är densamma som {gapThen.Period}", $"; the gap between women and men is the same as in {gapThen.Period}");
        }

        return text + ".";
    }

    /// <summary>"I Malmö var värdet 83,1 år för kvinnor och 79,0 år för män 2022, en skillnad på +4,1."</summary>
    public static string Sex(string area, string unit, SexPair latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var w = IndicatorText.WithUnit(latest.Women.Value, unit);
        var m = IndicatorText.WithUnit(latest.Men.Value, unit);
        var d = IndicatorText.Change(latest.Difference);
        return UiCulture.T(
            $"I {area} var värdet {w} för kvinnor och {m} för män {latest.Period}, en skillnad (kvinnor − män) på {d}.",
            $"In {area} the value was {w} for women and {m} for men in {latest.Period}, a gap (women − men) of {d}.");
    }

    /// <summary>"Malmö hade 80,1 år 2022, plats 250 av 290 kommuner (riket 81,2 år)." or, without a chosen area, the range.</summary>
    public static string Ranking(string unit, string period, IReadOnlyList<RankingValue> values, bool higherIsBetter, string? selectedCode, double? country)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ordered = (higherIsBetter ? values.OrderByDescending(v => v.Value) : values.OrderBy(v => v.Value)).ToList();
        var riket = country is null ? "" : UiCulture.T($" (riket {IndicatorText.WithUnit(country, unit)})", $" (Sweden {IndicatorText.WithUnit(country, unit)})");
        var index = selectedCode is null ? -1 : ordered.FindIndex(v => v.AreaCode == selectedCode);
        if (index >= 0)
        {
            // Equal values share a rank (1, 2, 2, 4), as the ranking table numbers them.
            var v = ordered[index];
            var rank = 1 + ordered.Count(o => higherIsBetter ? o.Value > v.Value : o.Value < v.Value);
            return UiCulture.T(
                $"{v.AreaName} hade {IndicatorText.WithUnit(v.Value, unit)} {period}, plats {rank} av {ordered.Count} kommuner med bäst värde först{riket}.",
                $"{v.AreaName} had {IndicatorText.WithUnit(v.Value, unit)} in {period}, rank {rank} of {ordered.Count} municipalities, best first{riket}.");
        }

        var min = values.Min(v => v.Value);
        var max = values.Max(v => v.Value);
        return UiCulture.T(
            $"{period} låg värdet i {values.Count} kommuner mellan {IndicatorText.WithUnit(min, unit)} och {IndicatorText.WithUnit(max, unit)}{riket}.",
            $"In {period} the value in {values.Count} municipalities ranged from {IndicatorText.WithUnit(min, unit)} to {IndicatorText.WithUnit(max, unit)}{riket}.");
    }

    /// <summary>"I Malmö 2022 var värdet 60,1 % i kvintil 1 (lägst inkomst) och 90,2 % i kvintil 5 (högst inkomst)."</summary>
    public static string Equiplot(string area, string unit, string period, string firstLabel, double? first, string lastLabel, double? last) =>
        UiCulture.T(
            $"I {area} {period} var värdet {IndicatorText.WithUnit(first, unit)} i gruppen {firstLabel} och {IndicatorText.WithUnit(last, unit)} i gruppen {lastLabel}.",
            $"In {area} in {period} the value was {IndicatorText.WithUnit(first, unit)} in the group {firstLabel} and {IndicatorText.WithUnit(last, unit)} in the group {lastLabel}.");
}
