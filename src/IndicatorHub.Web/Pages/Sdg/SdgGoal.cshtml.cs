using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Sdg;

/// <summary>
/// /sdg/{goal}: the goal's targets with coverage, and its mapped indicators with source, primary flag and recent
/// data, for all municipalities or one (?area=0180): "what do we know about goal 10 here, and where are we blind?".
/// For one municipality each indicator also shows its progress towards 2030 there (<see cref="IndicatorStore.AssessSdgProgress(IEnumerable{string}, string)"/>).
/// </summary>
public sealed class SdgGoalModel(IndicatorStore store) : PageModel
{
    public SdgAreaScope Scope { get; private set; } = new([], null, null);

    public SdgGoal Goal { get; private set; } = null!;

    public IReadOnlyList<(SdgTarget Target, SdgCoverageEntry Coverage)> Targets { get; private set; } = [];

    public SdgCoverageEntry GoalCoverage { get; private set; } = null!;

    public IReadOnlyList<SdgGoalIndicatorRow> Indicators { get; private set; } = [];

    public int PeriodsConsidered => SdgCoverage.DefaultPeriods;

    public IActionResult OnGet(int goal, string? area)
    {
        var catalogue = SdgCatalogue.Load();
        if (!catalogue.ContainsGoal(goal))
        {
            return NotFound();
        }

        Goal = catalogue.Goal(goal);
        Scope = SdgAreaScope.Resolve(store, area);
        var mappings = store.GetSdgMappings();
        var availability = store.GetSdgAvailability(Scope.Selected?.Code);

        // One availability read serves both the coverage counts and the per-indicator rows.
        var coverage = SdgCoverage.Compute(mappings, availability, catalogue);
        GoalCoverage = coverage.Goal(goal);
        Targets = catalogue.TargetsOf(goal).Select(t => (t, coverage.Target(t.Id))).ToList();

        var byIndicator = availability.ToDictionary(a => a.IndicatorId, StringComparer.Ordinal);

        // Progress towards 2030 is per area: shown when one municipality is chosen, one series read for the goal.
        var mapped = mappings.Where(m => m.Goal == goal).Select(m => m.IndicatorId).Distinct(StringComparer.Ordinal).ToList();
        var progress = Scope.Selected is { } selected
            ? store.AssessSdgProgress(mapped, selected.Code).ToDictionary(p => p.IndicatorId, StringComparer.Ordinal)
            : [];
        var titles = store.GetIndicators().ToDictionary(i => i.Id, i => i.Title, StringComparer.Ordinal);
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
                return new SdgGoalIndicatorRow(m, titles.GetValueOrDefault(m.IndicatorId), municipalities, latest, progress.GetValueOrDefault(m.IndicatorId));
            })
            .ToList();
        return Page();
    }

    /// <summary>Blind: no mapped indicator has recent data in scope.</summary>
    public static bool IsBlind(SdgCoverageEntry entry) => SdgOverviewModel.IsBlind(entry);
}
