using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage.Queries.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}: the profile of a municipality, a region or riket (SCB or Kolada code, or name) — every indicator
/// with data there, grouped by its primary SDG goal (unmapped last), with the latest value, its changes, riket's,
/// the county's and the kommungrupp's values, a spine chart, a comparison status, the women–men gap and progress
/// towards 2030.
/// </summary>
public sealed class ProfileModel(ProfileService profiles) : PageModel
{
    public ProfileArea Area { get; private set; } = null!;

    public IReadOnlyList<IGrouping<int?, ProfileRow>> Goals { get; private set; } = [];

    public int IndicatorCount { get; private set; }

    public bool IsMunicipality => Area.Kind == AreaKind.Municipality;

    public bool IsCountry => Area.Kind == AreaKind.Country;

    public IActionResult OnGet(string code)
    {
        var area = profiles.FindArea(code);
        if (area is null)
        {
            return NotFound();
        }

        Area = area;
        var rows = profiles.Rows(area);
        IndicatorCount = rows.Count;
        Goals = rows.GroupBy(r => r.Goal).ToList();
        return Page();
    }

    /// <summary>"Mål 3 Hälsa och välbefinnande", or "Utan koppling till ett mål".</summary>
    public static string GoalHeading(int? goal) => goal is { } n
        ? SdgCatalogue.Load().Goal(n).DisplayName(UiCulture.Lang).Text
        : UiCulture.T("Indikatorer utan koppling till ett mål", "Indicators not mapped to a goal");

    /// <summary>The kind of area in words.</summary>
    public string KindText => Area.Kind switch
    {
        AreaKind.Country => UiCulture.T("Hela landet", "The whole country"),
        AreaKind.Region => UiCulture.T("Region (län)", "Region (county)"),
        AreaKind.Municipality => UiCulture.T("Kommun", "Municipality"),
        _ => UiCulture.T("Område", "Area"),
    };

    /// <summary>Progress towards 2030 in words (Swedish labels from Core, English here).</summary>
    public static string ProgressText(SdgProgressResult? progress) => progress is null
        ? "–"
        : UiCulture.IsEnglish
            ? progress.Status switch
            {
                SdgProgressStatus.TargetAchieved => "Target achieved",
                SdgProgressStatus.OnTrack => "On track",
                SdgProgressStatus.AccelerationNeeded => "Acceleration needed",
                SdgProgressStatus.LimitedProgress => "Limited progress",
                SdgProgressStatus.Deterioration => "Deterioration",
                _ => "Cannot be assessed",
            }
            : SdgProgressLabels.Swedish(progress.Status);
}
