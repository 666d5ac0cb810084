using System.Globalization;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// The rules every mapping set obeys, shared by the CSV reader and <see cref="SdgMappingSet"/> so a file and an
/// in-memory edit are checked the same way.
/// </summary>
public static class SdgMappingValidator
{
    /// <summary>
    /// Checks one mapping on its own: indicator known (when <paramref name="knownIndicators"/> is given), goal and
    /// target exist, target belongs to the goal, progress settings only on a primary row and consistent.
    /// </summary>
    public static IEnumerable<SdgMappingError> ValidateRow(
        SdgMapping mapping,
        int line,
        SdgCatalogue catalogue,
        IReadOnlySet<string>? knownIndicators)
    {
        var id = mapping.IndicatorId;
        if (string.IsNullOrWhiteSpace(id))
        {
            yield return new SdgMappingError(line, SdgMappingCsv.IndicatorColumn, "indicator id is empty", id);
        }
        else if (knownIndicators is not null && !knownIndicators.Contains(id))
        {
            yield return new SdgMappingError(line, SdgMappingCsv.IndicatorColumn, $"unknown indicator '{id}'", id);
        }

        var goalKnown = catalogue.ContainsGoal(mapping.Goal);
        if (!goalKnown)
        {
            yield return new SdgMappingError(line, SdgMappingCsv.GoalColumn, string.Create(CultureInfo.InvariantCulture, $"unknown goal {mapping.Goal} (goals are 1-17)"), id);
        }

        if (mapping.TargetId is not null)
        {
            if (!catalogue.TryGetTarget(mapping.TargetId, out var target))
            {
                yield return new SdgMappingError(line, SdgMappingCsv.TargetColumn, $"unknown target '{mapping.TargetId}'", id);
            }
            else if (goalKnown && target.Goal != mapping.Goal)
            {
                yield return new SdgMappingError(line, SdgMappingCsv.TargetColumn, string.Create(CultureInfo.InvariantCulture, $"target {target.Id} belongs to goal {target.Goal}, not goal {mapping.Goal}"), id);
            }
        }

        if (mapping.Progress is { IsEmpty: false } progress)
        {
            if (!mapping.IsPrimary)
            {
                yield return new SdgMappingError(line, SdgMappingCsv.PrimaryColumn, "progress settings belong to the indicator and must be on its primary row only", id);
            }

            if (progress.EffectiveTargetYear <= progress.EffectiveBaseYear)
            {
                yield return new SdgMappingError(line, SdgMappingCsv.TargetYearColumn, string.Create(CultureInfo.InvariantCulture, $"target year {progress.EffectiveTargetYear} is not after base year {progress.EffectiveBaseYear}"), id);
            }

            if (progress.TargetValue is not null && progress.HigherIsBetter is null)
            {
                yield return new SdgMappingError(line, SdgMappingCsv.HigherIsBetterColumn, "a target value needs a direction (higher_is_better true or false)", id);
            }
        }
    }

    /// <summary>
    /// Checks rules that span rows: no duplicate indicator/goal/target link and exactly one primary per indicator.
    /// </summary>
    public static IEnumerable<SdgMappingError> ValidateSet(IReadOnlyList<(int Line, SdgMapping Mapping)> rows)
    {
        var seen = new Dictionary<(string, int, string?), int>();
        foreach (var (line, mapping) in rows)
        {
            var key = (mapping.IndicatorId, mapping.Goal, mapping.TargetId);
            if (seen.TryGetValue(key, out var firstLine))
            {
                yield return new SdgMappingError(line, null, string.Create(CultureInfo.InvariantCulture, $"duplicate mapping of {mapping.IndicatorId} to goal {mapping.Goal} target {mapping.TargetId ?? "(none)"}; first on line {firstLine}"), mapping.IndicatorId);
            }
            else
            {
                seen[key] = line;
            }
        }

        foreach (var group in rows.GroupBy(r => r.Mapping.IndicatorId, StringComparer.Ordinal))
        {
            var primaries = group.Where(r => r.Mapping.IsPrimary).ToList();
            if (primaries.Count == 0)
            {
                yield return new SdgMappingError(group.First().Line, SdgMappingCsv.PrimaryColumn, $"indicator {group.Key} has no primary mapping; exactly one row must have primary=true", group.Key);
            }

            foreach (var extra in primaries.Skip(1))
            {
                yield return new SdgMappingError(extra.Line, SdgMappingCsv.PrimaryColumn, string.Create(CultureInfo.InvariantCulture, $"indicator {group.Key} has a second primary mapping; the first is on line {primaries[0].Line}"), group.Key);
            }
        }
    }

    /// <summary>All row and set errors for an in-memory list; <see cref="SdgMappingError.Line"/> is the 1-based position.</summary>
    public static IReadOnlyList<SdgMappingError> Validate(
        IEnumerable<SdgMapping> mappings,
        SdgCatalogue catalogue,
        IReadOnlySet<string>? knownIndicators = null)
    {
        var rows = mappings.Select((m, i) => (i + 1, m)).ToList();
        return rows.SelectMany(r => ValidateRow(r.m, r.Item1, catalogue, knownIndicators))
            .Concat(ValidateSet(rows))
            .OrderBy(e => e.Line)
            .ToList();
    }
}
