using System.Globalization;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Core.Observations;
using IndicatorHub.Import.Formats.Heat;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>
/// Reads a HEAT Plus upload-template CSV with <see cref="HeatCsvParser"/> (so the template's rules are checked and
/// problems name line and column) and turns it into groups: one per setting × date × indicator × dimension, in the
/// order the file first mentions them.
/// </summary>
/// <remarks>
/// The template's mandatory columns are required (setting, date, source, indicator_abbr, indicator_name, dimension,
/// subgroup, estimate, favourable_indicator, indicator_scale, ordered_dimension, subgroup_order,
/// reference_subgroup), as HEAT Plus requires them on upload. WHO's healthequal sample data frames
/// (OrderedSample, NonorderedSample) lack setting, date, source and indicator_abbr; add them (any text) to use
/// such a file. Per row: favourable_indicator and indicator_scale give the context; ordered_dimension and
/// subgroup_order the ranks; reference_subgroup the reference of that row's group; setting_average is μ when a
/// population is missing (HEAT's rule).
/// </remarks>
internal static class HeatFileMeasures
{
    internal sealed record Group(string Setting, string Date, string Indicator, string Dimension, InequalityContext Context, IReadOnlyList<SubgroupEstimate> Subgroups);

    /// <summary>Parses the file; returns the problems (empty when valid) and the groups.</summary>
    internal static (IReadOnlyList<ParseProblem> Problems, IReadOnlyList<Group> Groups) Read(string path)
    {
        var parser = new HeatCsvParser();
        var problems = new List<ParseProblem>();
        var indicators = new Dictionary<string, (bool Favourable, double Scale)>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, DimensionDefinition>(StringComparer.Ordinal);
        var averages = new Dictionary<(string, string, string), double?>();
        var groups = new Dictionary<(string Setting, string Date, string Indicator, string Dimension), List<ParsedObservation>>();
        var firstSeen = new List<(string Setting, string Date, string Indicator, string Dimension)>();
        foreach (var item in parser.Parse(ImportSource.FromFile(path), new ParseOptions()))
        {
            switch (item)
            {
                case ParseProblem problem:
                    problems.Add(problem);
                    break;
                case ParsedIndicator { Indicator: var indicator }:
                    indicators[indicator.Id] = (indicator.HigherIsBetter ?? true, indicator.Scale ?? 1);
                    break;
                case ParsedDimension { Dimension: var dimension }:
                    dimensions[dimension.Id] = dimension;
                    break;
                case ParsedObservation { Dimension: Dimensions.Total, Subgroup: Dimensions.TotalSubgroup } average:
                    averages[(average.Area, average.Period, average.IndicatorId!)] = average.Value;
                    break;
                case ParsedObservation observation:
                    var key = (observation.Area, observation.Period, observation.IndicatorId!, observation.Dimension);
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = [];
                        firstSeen.Add(key);
                    }

                    list.Add(observation);
                    break;
            }
        }

        if (problems.Count > 0)
        {
            return (problems, []);
        }

        var result = new List<Group>(groups.Count);
        foreach (var key in firstSeen)
        {
            var observations = groups[key];
            var (favourable, scale) = indicators[key.Indicator];
            var dimension = dimensions[key.Dimension];
            var orders = dimension.Subgroups.ToDictionary(s => s.Id, s => s.Order, StringComparer.Ordinal);
            var subgroups = observations
                .Select(o => new SubgroupEstimate(
                    o.Subgroup, o.Value, o.StandardError, o.LowerLimit, o.UpperLimit, o.Population,
                    dimension.Ordered ? orders.GetValueOrDefault(o.Subgroup) : null, o.IsReference))
                .ToList();
            var context = new InequalityContext(favourable, scale, dimension.Ordered, averages.GetValueOrDefault((key.Setting, key.Date, key.Indicator)));
            result.Add(new Group(key.Setting, key.Date, key.Indicator, key.Dimension, context, subgroups));
        }

        return ([], result);
    }

    /// <summary>"file:12:3 (field): reason", as `indicatorhub import` prints problems.</summary>
    internal static string Describe(string fileName, ParseProblem problem)
    {
        var p = problem.Position;
        var where = p.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{fileName}:{p.Line}:{p.Column}") : fileName;
        var field = p.Field is null ? string.Empty : $" ({p.Field})";
        return $"{where}{field}: {problem.Reason}";
    }
}
