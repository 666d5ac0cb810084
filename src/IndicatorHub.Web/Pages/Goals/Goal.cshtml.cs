using IndicatorHub.Core.Sdg;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Sdg;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Goals;

/// <summary>
/// /goals/{goal}: the goal's targets with coverage, and its mapped indicators with source, primary flag and recent
/// data, for all municipalities or one (?area=0180): "what do we know about goal 10 here, and where are we blind?".
/// For one municipality each indicator also shows its latest value (linked to its batch), direction and progress
/// towards 2030 there. One connection for the whole page.
/// </summary>
public sealed class GoalModel(ReadConnection db) : PageModel
{
    public GoalAreaScope Scope { get; private set; } = new([], null, null);

    public SdgGoal Goal { get; private set; } = null!;

    public IReadOnlyList<(SdgTarget Target, SdgCoverageEntry Coverage)> Targets { get; private set; } = [];

    public SdgCoverageEntry GoalCoverage { get; private set; } = null!;

    public IReadOnlyList<GoalIndicatorRow> Indicators { get; private set; } = [];

    public int PeriodsConsidered => SdgCoverage.DefaultPeriods;

    public IActionResult OnGet(int goal, string? area)
    {
        var catalogue = SdgCatalogue.Load();
        if (!catalogue.ContainsGoal(goal))
        {
            return NotFound();
        }

        var connection = db.Connection;
        Goal = catalogue.Goal(goal);
        Scope = GoalAreaScope.Resolve(connection, area);
        var mappings = SdgMappingQuery.Run(connection);
        var availability = SdgAvailabilityQuery.Run(connection, Scope.Selected);

        // One availability read serves both the coverage counts and the per-indicator rows.
        var coverage = SdgCoverage.Compute(mappings, availability, catalogue);
        GoalCoverage = coverage.Goal(goal);
        Targets = catalogue.TargetsOf(goal).Select(t => (t, coverage.Target(t.Id))).ToList();

        var byIndicator = availability.ToDictionary(a => a.IndicatorId, StringComparer.Ordinal);

        // Progress towards 2030 is per area: shown when one municipality is chosen, one series read for the goal.
        var mapped = mappings.Where(m => m.Goal == goal).Select(m => m.IndicatorId).Distinct(StringComparer.Ordinal).ToList();
        var progress = Scope.Selected is { } selected
            ? SdgProgressQuery.Run(connection, mapped, selected).ToDictionary(p => p.IndicatorId, StringComparer.Ordinal)
            : [];
        var titles = IndicatorCatalogueQuery.Run(connection)
            .ToDictionary(i => i.Id, i => UiCulture.IsEnglish && i.TitleEn is { } en ? en : i.Title, StringComparer.Ordinal);
        Indicators = mappings
            .Where(m => m.Goal == goal)
            .OrderBy(m => m.TargetId is null ? int.MaxValue : catalogue.Target(m.TargetId).Order)
            .ThenByDescending(m => m.IsPrimary)
            .ThenBy(m => m.IndicatorId, StringComparer.Ordinal)
            .Select(m =>
            {
                var years = byIndicator.TryGetValue(m.IndicatorId, out var a) ? a.MunicipalitiesByPeriod : new Dictionary<int, IReadOnlySet<string>>();
                var municipalities = years.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal).Count();
                int? latest = years.Where(y => y.Value.Count > 0).Select(y => (int?)y.Key).Max();
                return new GoalIndicatorRow(m, titles.GetValueOrDefault(m.IndicatorId), municipalities, latest, progress.GetValueOrDefault(m.IndicatorId));
            })
            .ToList();
        return Page();
    }

    /// <summary>Blind: no mapped indicator has recent data in scope (none mapped, or none measured).</summary>
    public static bool IsBlind(SdgCoverageEntry entry) => entry.IndicatorsWithData == 0;
}
