using IndicatorHub.Core.Inequality;
using IndicatorHub.Core.Observations;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Inequality;

/// <summary>
/// Builds <see cref="InequalityGroup"/>s from stored observations: sex from an indicator's own breakdown,
/// composite dimensions from one indicator per subgroup, and the municipalities of a group as a non-ordered
/// dimension weighted by population.
/// </summary>
/// <remarks>
/// Populations: a subgroup's own population column when the source gave one (a HEAT Plus file); otherwise
/// Kolada's N01951 (inhabitants 31 Dec) for the same area and period — by sex for the sex dimension, the total for
/// areas, times the share or fraction of data/dimensions for composite dimensions. When N01951 is not in the store
/// for that period the population is unknown and HEAT's rule applies: μ is the setting average (the indicator's
/// own total value; for a county, the region's value), and the measures that need populations say so.
/// Every subgroup the dimension has is listed, with a null estimate when the store has none, so the calculator's
/// coverage rules (all subgroups for ordered measures, 85 % otherwise) give the reason instead of a number.
/// </remarks>
internal static class InequalityGroupAssembler
{
    private static readonly string[] SexOrder = [Dimensions.Female, Dimensions.Male];
    private static readonly string[] TotalAndSex = [Dimensions.Total, Dimensions.Sex];
    private static readonly string[] SexOnly = [Dimensions.Sex];
    private static readonly string[] TotalOnly = [Dimensions.Total];

    /// <summary>
    /// Women vs men per area and period where the indicator has a sex breakdown: always the two subgroups female and
    /// male (a missing one has a null estimate), as Kolada publishes them; other subgroups of "sex" are not read.
    /// </summary>
    public static List<InequalityGroup> Sex(
        SqliteConnection connection, IndicatorDirection direction, string[]? areaCodes, string? period)
    {
        var indicator = direction.Indicator;
        var data = InequalityInputs.Load(connection, [indicator], TotalAndSex, areaCodes, period);
        var populations = InequalityInputs.Load(connection, [InequalityDimensions.PopulationIndicator], SexOnly, areaCodes, period);
        var groups = new List<InequalityGroup>();
        foreach (var cell in data.Rows.GroupBy(r => (r.Area, r.Period)))
        {
            var sexRows = cell.Where(r => r.Dimension == Dimensions.Sex).ToList();
            if (sexRows.Count == 0)
            {
                continue;
            }

            var maxBatch = cell.Max(r => r.Batch);
            var subgroups = new List<SubgroupEstimate>(SexOrder.Length);
            foreach (var name in SexOrder)
            {
                var row = sexRows.FirstOrDefault(r => r.Subgroup == name);
                var population = row?.Population;
                if (population is null && populations.Find(InequalityDimensions.PopulationIndicator, cell.Key.Area, cell.Key.Period, Dimensions.Sex, name) is { } p)
                {
                    population = p.Value;
                    maxBatch = Math.Max(maxBatch, p.Batch);
                }

                subgroups.Add(new SubgroupEstimate(name, row?.Value, row?.Se, row?.CiLb, row?.CiUb, population));
            }

            var total = cell.FirstOrDefault(r => r.Dimension == Dimensions.Total && r.Subgroup == Dimensions.TotalSubgroup);
            var context = new InequalityContext(direction.Favourable, direction.Scale, OrderedDimension: false, total?.Value);
            groups.Add(new InequalityGroup(indicator, cell.Key.Area, InequalityDimensions.Sex, cell.Key.Period, context, subgroups, maxBatch));
        }

        return groups;
    }

    /// <summary>A composite dimension per area and period where any of its source indicators has a value row.</summary>
    public static List<InequalityGroup> Composite(
        SqliteConnection connection, IndicatorDirection direction, CompositeDimension dimension, string[]? areaCodes, string? period)
    {
        var data = InequalityInputs.Load(connection, dimension.InputIndicators, TotalOnly, areaCodes, period);
        var sources = dimension.Subgroups.Select(s => s.SourceIndicator).ToHashSet(StringComparer.Ordinal);
        var cells = data.Rows.Where(r => sources.Contains(r.Indicator)).Select(r => (r.Area, r.Period)).Distinct();
        var groups = new List<InequalityGroup>();
        foreach (var (area, cellPeriod) in cells)
        {
            long maxBatch = 0;
            InequalityInput? Use(string? indicator)
            {
                var row = indicator is null ? null : data.Total(indicator, area, cellPeriod);
                if (row is not null)
                {
                    maxBatch = Math.Max(maxBatch, row.Batch);
                }

                return row;
            }

            var subgroups = new List<SubgroupEstimate>(dimension.Subgroups.Count);
            foreach (var s in dimension.Subgroups)
            {
                var row = Use(s.SourceIndicator);
                var population = row?.Population;
                if (population is null && Use(s.PopulationIndicator)?.Value is { } whole)
                {
                    if (s.PopulationFraction is { } fraction)
                    {
                        population = whole * fraction;
                    }
                    else if (s.PopulationShareIndicator is not null)
                    {
                        population = Use(s.PopulationShareIndicator)?.Value is { } share ? whole * share / 100.0 : null;
                    }
                }

                subgroups.Add(new SubgroupEstimate(s.Subgroup, row?.Value, row?.Se, row?.CiLb, row?.CiUb, population, s.Order));
            }

            var average = Use(dimension.Indicator)?.Value;
            var context = new InequalityContext(direction.Favourable, direction.Scale, dimension.Ordered, average);
            groups.Add(new InequalityGroup(direction.Indicator, area, dimension.Id, cellPeriod, context, subgroups, maxBatch));
        }

        return groups;
    }

    /// <summary>The members of <paramref name="group"/> as the subgroups of a non-ordered dimension, per period.</summary>
    public static List<InequalityGroup> Areas(
        SqliteConnection connection, IndicatorDirection direction, AreaGroup group, string? period)
    {
        var indicator = direction.Indicator;
        var codes = group.MemberCodes.Concat(group.SettingAverageArea is { } a ? [a] : []).ToArray();
        var data = InequalityInputs.Load(connection, [indicator, InequalityDimensions.PopulationIndicator], TotalOnly, codes, period);
        var members = group.MemberCodes.ToHashSet(StringComparer.Ordinal);
        var periods = data.Rows.Where(r => r.Indicator == indicator && members.Contains(r.Area)).Select(r => r.Period).Distinct().Order(StringComparer.Ordinal);
        var groups = new List<InequalityGroup>();
        foreach (var p in periods)
        {
            long maxBatch = 0;
            var subgroups = new List<SubgroupEstimate>(group.MemberCodes.Count);
            foreach (var member in group.MemberCodes)
            {
                var row = data.Total(indicator, member, p);
                var population = row?.Population;
                maxBatch = Math.Max(maxBatch, row?.Batch ?? 0);
                if (population is null && data.Total(InequalityDimensions.PopulationIndicator, member, p) is { } pop)
                {
                    population = pop.Value;
                    maxBatch = Math.Max(maxBatch, pop.Batch);
                }

                subgroups.Add(new SubgroupEstimate(member, row?.Value, row?.Se, row?.CiLb, row?.CiUb, population));
            }

            double? average = null;
            if (group.SettingAverageArea is { } averageArea && data.Total(indicator, averageArea, p) is { } averageRow)
            {
                average = averageRow.Value;
                maxBatch = Math.Max(maxBatch, averageRow.Batch);
            }

            var context = new InequalityContext(direction.Favourable, direction.Scale, OrderedDimension: false, average);
            groups.Add(new InequalityGroup(indicator, group.Name, InequalityDimensions.Areas, p, context, subgroups, maxBatch));
        }

        return groups;
    }
}
