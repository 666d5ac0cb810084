using System.Globalization;
using System.Text.RegularExpressions;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Recognises Kolada KPI groups (<c>/kpi_groups</c>) that collect the Agenda 2030 KPIs of one goal, by title.
/// <para>
/// What is known: RKA published Kolada's Agenda 2030 KPIs in 2019 and places them "inom respektive
/// hållbarhetsmål", i.e. grouped per goal (SKR news of 25 March 2019; SKR, Öppna jämförelser Agenda 2030, 2020,
/// whose chapters are headed "Mål 3. God hälsa och välbefinnande"). KPI groups have the shape
/// <c>{"id","title","members":[{"member_id","member_title"}]}</c> (rKolada <c>kpi_grp_unnest_kpis</c>). What is
/// <b>not</b> known: the exact titles Kolada gives those groups; no copy of a <c>/kpi_groups</c> response or list of
/// group titles was found. So the rule below is an assumption, stated here and in the README:
/// </para>
/// <list type="bullet">
/// <item>the title contains "Agenda 2030" (case-insensitive; "Agenda2030" too), and</item>
/// <item>names exactly one goal as "Mål N", "mål N", "SDG N" or "Goal N" with N from 1 to 17, optionally followed
/// by "." or ":"; and, optionally, one target as "delmål N.x" / "target N.x" whose goal is N.</item>
/// </list>
/// A group whose title says Agenda 2030 but names no goal (an "all Agenda 2030 KPIs" group) is not a goal group
/// and yields nothing, like every other KPI group.
/// </summary>
internal static partial class KoladaAgenda2030Groups
{
    /// <summary>True when the title marks an Agenda 2030 goal group; <paramref name="goal"/> and <paramref name="targetId"/> say which.</summary>
    internal static bool TryMatch(string? title, SdgCatalogue catalogue, out int goal, out string? targetId)
    {
        goal = 0;
        targetId = null;
        if (title is null || !AgendaPattern().IsMatch(title))
        {
            return false;
        }

        // "delmål 3.4" contains "mål 3" too; take the target first and read its goal from it.
        var target = TargetPattern().Match(title);
        if (target.Success)
        {
            var id = SdgCatalogue.NormaliseTargetId(target.Groups["target"].Value);
            if (catalogue.TryGetTarget(id, out var found))
            {
                goal = found.Goal;
                targetId = found.Id;
                return true;
            }
        }

        var goals = GoalPattern().Matches(title)
            .Select(m => int.Parse(m.Groups["goal"].Value, CultureInfo.InvariantCulture))
            .Where(catalogue.ContainsGoal)
            .Distinct()
            .ToList();
        if (goals.Count != 1)
        {
            return false;
        }

        goal = goals[0];
        return true;
    }

    [GeneratedRegex(@"agenda\s*2030", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgendaPattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:mål|sdg|goal)\s*(?<goal>\d{1,2})(?![\d.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalPattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:delmål|target)\s*(?<target>\d{1,2}\.[0-9a-z]{1,2})(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetPattern();
}
