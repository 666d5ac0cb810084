using System.Globalization;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Storage.Inequality;

/// <summary>
/// HEAT's favourable_indicator and indicator_scale for a stored indicator, and where they came from.
/// </summary>
/// <remarks>
/// Direction: the indicator's higher_is_better; else the direction recorded in the curated SDG mapping
/// (data/sdg/curated_mapping.csv, column higher_is_better); else <b>favourable (higher is better)</b>, the
/// default, reported in <see cref="Notes"/>. Scale: the indicator's scale; else inferred: 100 when the unit is "%"
/// or a percentage, or the title says "andel" or "(%)" (Kolada's wording for shares); 1000 for "per 1000" /
/// "promille"; otherwise 1 (years, counts, kronor). An inferred scale is reported in <see cref="Notes"/>.
/// </remarks>
/// <param name="Indicator">Indicator id.</param>
/// <param name="Favourable">True when higher is better.</param>
/// <param name="Scale">HEAT's indicator scale.</param>
/// <param name="Notes">What was assumed or taken from elsewhere, for the user; empty when the metadata said it all.</param>
public sealed record IndicatorDirection(string Indicator, bool Favourable, double Scale, IReadOnlyList<string> Notes)
{
    private static readonly Lazy<SdgMappingSet?> s_curated = new(LoadCurated);

    /// <summary>Resolves direction and scale for <paramref name="indicator"/>.</summary>
    /// <param name="indicator">The stored indicator.</param>
    /// <param name="higherIsBetter">An explicit direction that overrides everything (the CLI's --higher-is-better).</param>
    public static IndicatorDirection Resolve(Indicator indicator, bool? higherIsBetter = null)
    {
        var notes = new List<string>();
        bool favourable;
        if (higherIsBetter is { } given)
        {
            favourable = given;
        }
        else if (indicator.HigherIsBetter is { } stored)
        {
            favourable = stored;
        }
        else if (CuratedDirection(indicator.Id) is { } curated)
        {
            favourable = curated;
            notes.Add($"{indicator.Id}: direction not in the indicator's metadata; taken from the curated SDG mapping (higher is {(curated ? "better" : "worse")}).");
        }
        else
        {
            favourable = true;
            notes.Add($"{indicator.Id}: direction unknown (higher_is_better not set); computed as favourable (higher is better), the default. Give --higher-is-better false for an adverse indicator.");
        }

        double scale;
        if (indicator.Scale is { } s && s > 0 && double.IsFinite(s))
        {
            scale = s;
        }
        else
        {
            scale = InferScale(indicator);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{indicator.Id}: scale not in the indicator's metadata; inferred {scale} from its unit and title ({(scale == 100 ? "a share in percent" : scale == 1000 ? "a rate per 1000" : "not a share")})."));
        }

        return new IndicatorDirection(indicator.Id, favourable, scale, notes);
    }

    /// <summary>100 for percentages and Kolada's "andel", 1000 for rates per 1000, else 1.</summary>
    public static double InferScale(Indicator indicator)
    {
        var unit = indicator.Unit?.Trim() ?? string.Empty;
        var title = indicator.Title;
        if (unit.Contains('%', StringComparison.Ordinal) || unit.Contains("procent", StringComparison.OrdinalIgnoreCase)
            || unit.Contains("percent", StringComparison.OrdinalIgnoreCase) || unit.Contains("andel", StringComparison.OrdinalIgnoreCase)
            || title.Contains("andel", StringComparison.OrdinalIgnoreCase) || title.Contains("(%)", StringComparison.Ordinal))
        {
            return 100;
        }

        return unit.Contains("1000", StringComparison.Ordinal) || unit.Contains("promille", StringComparison.OrdinalIgnoreCase) ? 1000 : 1;
    }

    private static bool? CuratedDirection(string indicator) =>
        s_curated.Value?.For(indicator).Select(m => m.Progress?.HigherIsBetter).FirstOrDefault(d => d is not null);

    private static SdgMappingSet? LoadCurated()
    {
        try
        {
            return CuratedMapping.Load();
        }
        catch (SdgMappingValidationException)
        {
            return null;
        }
    }
}
