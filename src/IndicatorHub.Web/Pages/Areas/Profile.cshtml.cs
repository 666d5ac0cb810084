using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Web.Infrastructure;
using System.Globalization;
using IndicatorHub.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace IndicatorHub.Web.Pages.Areas;

/// <summary>
/// /areas/{code}: the profile of a municipality, a region or riket (SCB or Kolada code, or name) — every indicator
/// with data there, grouped by its primary SDG goal (unmapped last), with the latest value, its changes, riket's,
/// the county's and the kommungrupp's values, a spine chart, a comparison status, the women–men gap and progress
/// towards 2030. With all of Kolada an area has about 2 000 indicators: ?q= searches their ids and titles, ?goal=
/// keeps one goal (0: not mapped) and ?page= pages them, <see cref="ProfileRowFilter.PageSize"/> at a time.
/// </summary>
[OutputCache(PolicyName = ProfileOutputCache.PolicyName)]
public sealed class ProfileModel(ProfileService profiles) : PageModel
{
    public ProfileArea Area { get; private set; } = null!;

    public IReadOnlyList<IGrouping<int?, ProfileRow>> Goals { get; private set; } = [];

    /// <summary>Indicators with data in the area, before any filter.</summary>
    public int IndicatorCount { get; private set; }

    public ProfileRowFilter Filter { get; private set; } = new();

    public ProfileRowPage Shown { get; private set; } = null!;

    /// <summary>Why the request's filter was not used, for a 400.</summary>
    public string? Problem { get; private set; }

    public bool IsMunicipality => Area.Kind == AreaKind.Municipality;

    public bool IsCountry => Area.Kind == AreaKind.Country;

    /// <remarks>
    /// ?page= is read by name because "page" is Razor Pages' own route value. A malformed number binds as null and
    /// shows everything; a goal outside 0–17 is a 400 showing the whole profile with the reason above it, so the form
    /// is there to choose again.
    /// </remarks>
    public IActionResult OnGet(string code, string? q, int? goal, [FromQuery(Name = "page")] int? pageNumber)
    {
        var area = profiles.FindArea(code);
        if (area is null)
        {
            return NotFound();
        }

        if (goal is < ProfileRowFilter.Unmapped or > 17)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Problem = UiCulture.T(
                $"Mål {goal} finns inte: välj 1–17, eller indikatorer utan koppling till ett mål.",
                $"There is no goal {goal}: choose 1–17, or indicators not mapped to a goal.");
            goal = null;
        }

        Area = area;
        var rows = profiles.Rows(area);
        IndicatorCount = rows.Count;
        Filter = new ProfileRowFilter(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), goal, pageNumber ?? 1);
        Shown = Filter.Apply(rows);
        Goals = Shown.Items.GroupBy(r => r.Goal).ToList();
        return Page();
    }

    /// <summary>This profile at another page, keeping the search and the goal.</summary>
    public string PageLink(int number)
    {
        var query = new Dictionary<string, string?>();
        if (Filter.Text is { } text)
        {
            query["q"] = text;
        }

        if (Filter.Goal is { } goal)
        {
            query["goal"] = goal.ToString(CultureInfo.InvariantCulture);
        }

        if (UiCulture.IsEnglish)
        {
            query["culture"] = "en";
        }

        query["page"] = number.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Request.PathBase + Request.Path, query);
    }

    /// <summary>"Visar indikator 101–200 av 1 880", with the area's own count when a search or goal narrows them.</summary>
    public string CountText
    {
        get
        {
            if (Shown.Total == 0)
            {
                return UiCulture.T("Ingen indikator matchar valet.", "No indicator matches the choice.");
            }

            var (first, last, total, all) = (DisplayFormat.Count(Shown.First), DisplayFormat.Count(Shown.Last), DisplayFormat.Count(Shown.Total), DisplayFormat.Count(IndicatorCount));
            return Filter.Narrows
                ? UiCulture.T($"Visar indikator {first}–{last} av {total} (av områdets {all}).", $"Showing indicators {first}–{last} of {total} (of the area's {all}).")
                : UiCulture.T($"Visar indikator {first}–{last} av {total}.", $"Showing indicators {first}–{last} of {total}.");
        }
    }

    /// <summary>A goal filter's choice: "Mål 3 Hälsa och välbefinnande (12)".</summary>
    public string GoalChoice(int goal) =>
        $"{GoalHeading(goal == ProfileRowFilter.Unmapped ? null : goal)} ({DisplayFormat.Count(Shown.GoalCounts.GetValueOrDefault(goal))})";

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
