using System.Globalization;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Heat;

/// <summary>
/// The HEAT Plus v6 template's validation rules that compare rows (sheet "validation" and the legend). Each
/// broken rule becomes a <see cref="ParseProblem"/> on the cell that breaks it, so the row is rejected and the
/// user is told the line and column. Rules are checked on the rows that passed the single-row checks; the first
/// row (in file order) that states a fact sets what later rows must agree with.
/// </summary>
internal static class HeatTemplateRules
{
    /// <summary>
    /// Adds the problems of every cross-row rule. <paramref name="position"/> gives a cell's position from the
    /// row and the canonical column name.
    /// </summary>
    public static void Check(IReadOnlyList<HeatRow> allRows, Func<HeatRow, string, SourcePosition> position)
    {
        var rows = allRows.Where(r => r.IsValid).ToList();
        CheckIndicators(rows, position);
        CheckConsistent(rows, r => r.Dimension, r => r.Ordered, HeatColumns.OrderedDimension, "dimension", position);
        CheckIso3(rows, position);
        CheckSettingAverage(rows, position);
        CheckSubgroupOrderPerSubgroup(rows, position);
        foreach (var group in rows.GroupBy(r => r.GroupKey))
        {
            CheckGroup(group.ToList(), position);
        }
    }

    private static void CheckIndicators(List<HeatRow> rows, Func<HeatRow, string, SourcePosition> position)
    {
        var names = new Dictionary<string, HeatRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!names.TryAdd(row.IndicatorAbbr, row) && !string.Equals(names[row.IndicatorAbbr].IndicatorName, row.IndicatorName, StringComparison.Ordinal))
            {
                var first = names[row.IndicatorAbbr];
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.IndicatorName),
                    $"indicator_abbr '{row.IndicatorAbbr}' is named '{row.IndicatorName}' here but '{first.IndicatorName}' on line {first.Line}; an abbreviation must have one indicator name."));
            }
        }

        CheckConsistent(rows, r => r.IndicatorAbbr, r => r.Favourable, HeatColumns.FavourableIndicator, "indicator", position);
        CheckConsistent(rows, r => r.IndicatorAbbr, r => r.Scale, HeatColumns.IndicatorScale, "indicator", position);
    }

    private static void CheckConsistent(
        List<HeatRow> rows, Func<HeatRow, string> key, Func<HeatRow, double?> value, string column, string what, Func<HeatRow, string, SourcePosition> position)
    {
        var first = new Dictionary<string, HeatRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (value(row) is null)
            {
                continue;
            }

            if (!first.TryAdd(key(row), row) && value(first[key(row)]) != value(row))
            {
                var earlier = first[key(row)];
                row.Problems.Add(new ParseProblem(
                    position(row, column),
                    $"{column} is {Format(value(row))} here but {Format(value(earlier))} on line {earlier.Line} for the same {what} '{key(row)}'; it must be the same on every row of the {what}."));
            }
        }
    }

    private static void CheckIso3(List<HeatRow> rows, Func<HeatRow, string, SourcePosition> position)
    {
        var first = new Dictionary<string, HeatRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Iso3 is not null))
        {
            if (!first.TryAdd(row.Setting, row) && !string.Equals(first[row.Setting].Iso3, row.Iso3, StringComparison.OrdinalIgnoreCase))
            {
                var earlier = first[row.Setting];
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.Iso3),
                    $"iso3 is '{row.Iso3}' here but '{earlier.Iso3}' on line {earlier.Line} for the same setting '{row.Setting}'; a setting has one ISO3 code."));
            }
        }
    }

    private static void CheckSettingAverage(List<HeatRow> rows, Func<HeatRow, string, SourcePosition> position)
    {
        var first = new Dictionary<(string, string, string), HeatRow>();
        foreach (var row in rows.Where(r => r.SettingAverage is not null))
        {
            if (first.TryAdd(row.AverageKey, row))
            {
                continue;
            }

            var earlier = first[row.AverageKey];
            var a = earlier.SettingAverage!.Value;
            var b = row.SettingAverage!.Value;

            // The same average copied into every row may differ in the last digits after a spreadsheet round trip.
            if (Math.Abs(a - b) > 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))))
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.SettingAverage),
                    $"setting_average is {Format(b)} here but {Format(a)} on line {earlier.Line} for the same setting, date and indicator ('{row.Setting}', '{row.Date}', '{row.IndicatorAbbr}'); it must be the same on all their rows."));
            }
        }
    }

    private static void CheckSubgroupOrderPerSubgroup(List<HeatRow> rows, Func<HeatRow, string, SourcePosition> position)
    {
        var first = new Dictionary<(string, string), HeatRow>();
        foreach (var row in rows.Where(r => r.IsOrdered && r.SubgroupOrder is not null))
        {
            var key = (row.Dimension, row.Subgroup);
            if (!first.TryAdd(key, row) && first[key].SubgroupOrder != row.SubgroupOrder)
            {
                var earlier = first[key];
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.SubgroupOrder),
                    $"subgroup_order of '{row.Subgroup}' in '{row.Dimension}' is {Format(row.SubgroupOrder)} here but {Format(earlier.SubgroupOrder)} on line {earlier.Line}; a subgroup keeps its order everywhere."));
            }
        }
    }

    private static void CheckGroup(List<HeatRow> group, Func<HeatRow, string, SourcePosition> position)
    {
        var head = group[0];
        var where = $"'{head.Dimension}' for setting '{head.Setting}', date '{head.Date}' and indicator '{head.IndicatorAbbr}'";

        // Subgroup names are unique within setting × date × indicator × dimension: they are the observation's key.
        var seen = new Dictionary<string, HeatRow>(StringComparer.Ordinal);
        foreach (var row in group)
        {
            if (!seen.TryAdd(row.Subgroup, row))
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.Subgroup),
                    $"Subgroup '{row.Subgroup}' appears again in {where} (first on line {seen[row.Subgroup].Line}); each subgroup may appear once."));
            }
        }

        var distinct = seen.Count;
        if (head.IsOrdered)
        {
            CheckOrderedGroup(group, distinct, where, position);
        }
        else
        {
            CheckNonOrderedGroup(group, where, position);
        }
    }

    private static void CheckOrderedGroup(List<HeatRow> group, int count, string where, Func<HeatRow, string, SourcePosition> position)
    {
        if (count == 2)
        {
            foreach (var row in group)
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.OrderedDimension),
                    $"{where} has two subgroups, so it is a binary dimension; the template requires ordered_dimension = 0 for binary dimensions."));
            }

            return;
        }

        var orders = new Dictionary<double, HeatRow>();
        foreach (var row in group)
        {
            if (row.IsReference)
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.ReferenceSubgroup),
                    $"reference_subgroup is 1 in the ordered dimension {where}; it must be 0 when ordered_dimension = 1 (ordered dimensions compare the ends, not a reference)."));
            }

            var order = row.SubgroupOrder ?? 0;
            if (order < 1 || order > count)
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.SubgroupOrder),
                    $"subgroup_order is {Format(order)}, but {where} is ordered with {count} subgroups; number them 1..{count} (1 = most disadvantaged) without gaps."));
            }
            else if (!orders.TryAdd(order, row))
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.SubgroupOrder),
                    $"subgroup_order {Format(order)} is also used on line {orders[order].Line} in {where}; each subgroup needs its own place in 1..{count}."));
            }
        }
    }

    private static void CheckNonOrderedGroup(List<HeatRow> group, string where, Func<HeatRow, string, SourcePosition> position)
    {
        HeatRow? reference = null;
        foreach (var row in group)
        {
            if (row.SubgroupOrder is not null and not 0)
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.SubgroupOrder),
                    $"subgroup_order is {Format(row.SubgroupOrder)} in the non-ordered dimension {where}; it must be 0 when ordered_dimension = 0."));
            }

            if (!row.IsReference)
            {
                continue;
            }

            // At most one reference: none at all is allowed (see HeatCsvParser on WHO's own example).
            if (reference is null)
            {
                reference = row;
            }
            else
            {
                row.Problems.Add(new ParseProblem(
                    position(row, HeatColumns.ReferenceSubgroup),
                    $"A second reference subgroup in {where} ('{row.Subgroup}'; '{reference.Subgroup}' on line {reference.Line} is one already); mark only one subgroup with reference_subgroup = 1."));
            }
        }
    }

    private static string Format(double? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "empty";
}
