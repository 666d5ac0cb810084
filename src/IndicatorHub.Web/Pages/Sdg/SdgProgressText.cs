using System.Globalization;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;
using IndicatorHub.Web.Infrastructure;

namespace IndicatorHub.Web.Pages.Sdg;

/// <summary>
/// Progress towards 2030 in words, for the goal page: the Swedish status and a sentence with the numbers behind
/// it, so the status is read as text and never from colour alone.
/// </summary>
public static class SdgProgressText
{
    /// <summary>The status in Swedish (<see cref="SdgProgressLabels"/>).</summary>
    public static string Label(SdgProgressStatus status) => SdgProgressLabels.Swedish(status);

    /// <summary>A CSS class per status, for a marker beside the text.</summary>
    public static string CssClass(SdgProgressStatus status) => "sdg-progress sdg-progress-" + status.ToString().ToLowerInvariant();

    /// <summary>"2015–2019: −5,4 % per år; krävs −6,7 % per år för att nå 5 år 2025." or why it cannot be assessed.</summary>
    public static string Detail(SdgProgressAssessment? assessment)
    {
        if (assessment is null)
        {
            return "Indikatorn finns inte i databasen än.";
        }

        var r = assessment.Result;
        if (r.Status == SdgProgressStatus.NotAvailable)
        {
            return Reason(r.Reason);
        }

        var span = string.Create(CultureInfo.InvariantCulture, $"{r.BaseYear}–{r.CurrentYear}");
        var observed = r.ObservedCagr is { } o ? $"{span}: {Percent(o)} per år" : $"{span}";
        if (r.Method == SdgProgressMethod.WithTarget && assessment.Settings.TargetValue is { } target)
        {
            var goal = $"målvärdet {SwedishFormat.Number(target, Decimals(target))} år {assessment.Settings.EffectiveTargetYear.ToString(CultureInfo.InvariantCulture)}";
            return r.Status == SdgProgressStatus.TargetAchieved
                ? $"{observed}; {goal} är redan nått ({SwedishFormat.Number(r.CurrentValue, Decimals(r.CurrentValue ?? 0))} år {r.CurrentYear?.ToString(CultureInfo.InvariantCulture)})."
                : $"{observed}; krävs {Percent(r.RequiredCagr ?? 0)} per år för att nå {goal}.";
        }

        var direction = assessment.Settings.HigherIsBetter == false ? "lägre är bättre" : "högre är bättre";
        return $"{observed} ({direction}); på väg kräver minst {Percent(r.Thresholds?.High ?? 0)} per år i rätt riktning.";
    }

    private static string Reason(string? reason) => reason switch
    {
        null => "Kan inte bedömas.",
        "no data" => "Inga värden för området.",
        _ when reason.StartsWith("the indicator has no desired direction", StringComparison.Ordinal) => "Indikatorn har ingen önskad riktning (varken kopplingen eller indikatorn säger om högre är bättre).",
        _ when reason.StartsWith("no data in or after base year", StringComparison.Ordinal) => $"Inga värden från basåret {reason[^4..]} eller senare.",
        _ when reason.StartsWith("at least two years", StringComparison.Ordinal) => "Minst två år med värden från basåret behövs.",
        _ when reason.StartsWith("base and current values have opposite signs", StringComparison.Ordinal) => "Bas- och senaste värdet har olika tecken.",
        _ => "Tillväxttakten är inte definierad för de här värdena.",
    };

    private static string Percent(double fraction) => SwedishFormat.Number(fraction * 100, 1) + " %";

    private static int Decimals(double value) => value == Math.Round(value) ? 0 : 1;
}
