using System.Globalization;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Web.Pages.Goals;

/// <summary>
/// Progress towards 2030 in words, for the goal page: the status and a sentence with the numbers behind it, in
/// Swedish or English, so the status is read as text and never from colour alone.
/// </summary>
public static class GoalProgressText
{
    /// <summary>The status in the page's language.</summary>
    public static string Label(SdgProgressStatus status) => status switch
    {
        SdgProgressStatus.TargetAchieved => UiCulture.T("Uppnått", "Target achieved"),
        SdgProgressStatus.OnTrack => UiCulture.T("På väg", "On track"),
        SdgProgressStatus.AccelerationNeeded => UiCulture.T("Behöver accelereras", "Acceleration needed"),
        SdgProgressStatus.LimitedProgress => UiCulture.T("Begränsade framsteg", "Limited progress"),
        SdgProgressStatus.Deterioration => UiCulture.T("Försämring", "Deterioration"),
        _ => UiCulture.T("Kan inte bedömas", "Cannot be assessed"),
    };

    /// <summary>A CSS class per status, for a marker beside the text.</summary>
    public static string CssClass(SdgProgressStatus status) => "sdg-progress sdg-progress-" + status.ToString().ToLowerInvariant();

    /// <summary>"2015–2019: −5,4 % per år; krävs −6,7 % per år för att nå 5 år 2025." or why it cannot be assessed.</summary>
    public static string Detail(SdgProgressAssessment? assessment)
    {
        if (assessment is null)
        {
            return UiCulture.T("Indikatorn finns inte i databasen än.", "The indicator is not in the database yet.");
        }

        var r = assessment.Result;
        if (r.Status == SdgProgressStatus.NotAvailable)
        {
            return Reason(r);
        }

        var span = string.Create(CultureInfo.InvariantCulture, $"{r.BaseYear}–{r.CurrentYear}");
        var perYear = UiCulture.T("per år", "per year");
        var observed = r.ObservedCagr is { } o ? $"{span}: {Percent(o)} {perYear}" : span;
        if (r.Method == SdgProgressMethod.WithTarget && assessment.Settings.TargetValue is { } target)
        {
            var year = assessment.Settings.EffectiveTargetYear.ToString(CultureInfo.InvariantCulture);
            var targetText = DisplayFormat.Number(target, Decimals(target));
            var goal = UiCulture.T($"målvärdet {targetText} år {year}", $"the target of {targetText} by {year}");
            var current = DisplayFormat.Number(r.CurrentValue, Decimals(r.CurrentValue ?? 0));
            var currentYear = r.CurrentYear?.ToString(CultureInfo.InvariantCulture);
            return r.Status == SdgProgressStatus.TargetAchieved
                ? UiCulture.T($"{observed}; {goal} är redan nått ({current} år {currentYear}).", $"{observed}; {goal} is already reached ({current} in {currentYear}).")
                : UiCulture.T($"{observed}; krävs {Percent(r.RequiredCagr ?? 0)} per år för att nå {goal}.", $"{observed}; {Percent(r.RequiredCagr ?? 0)} per year is needed to reach {goal}.");
        }

        var direction = assessment.Settings.HigherIsBetter == false ? UiCulture.T("lägre är bättre", "lower is better") : UiCulture.T("högre är bättre", "higher is better");
        var high = Percent(r.Thresholds?.High ?? 0);
        return UiCulture.T(
            $"{observed} ({direction}); på väg kräver minst {high} per år i rätt riktning.",
            $"{observed} ({direction}); on track needs at least {high} per year in the right direction.");
    }

    /// <summary>Why a series cannot be assessed, from Core's typed reason.</summary>
    public static string Reason(SdgProgressResult result) => result.Reason switch
    {
        SdgProgressReason.NoData => UiCulture.T("Inga värden för området.", "No values for the area."),
        SdgProgressReason.NoDirection => UiCulture.T(
            "Indikatorn har ingen önskad riktning (varken kopplingen eller indikatorn säger om högre är bättre).",
            "The indicator has no desired direction (neither the mapping nor the indicator says whether higher is better)."),
        SdgProgressReason.NoDataFromBaseYear => UiCulture.T(
            $"Inga värden från basåret {result.ReasonYear?.ToString(CultureInfo.InvariantCulture)} eller senare.",
            $"No values from the base year {result.ReasonYear?.ToString(CultureInfo.InvariantCulture)} on."),
        SdgProgressReason.TooFewYears => UiCulture.T("Minst två år med värden från basåret behövs.", "At least two years with values from the base year on are needed."),
        SdgProgressReason.OppositeSigns => UiCulture.T("Bas- och senaste värdet har olika tecken.", "The base and latest values have opposite signs."),
        SdgProgressReason.UndefinedGrowth => UiCulture.T("Tillväxttakten är inte definierad för de här värdena.", "The growth rate is not defined for these values."),
        _ => UiCulture.T("Kan inte bedömas.", "Cannot be assessed."),
    };

    private static string Percent(double fraction) => DisplayFormat.Number(fraction * 100, 1) + " %";

    private static int Decimals(double value) => value == Math.Round(value) ? 0 : 1;
}
