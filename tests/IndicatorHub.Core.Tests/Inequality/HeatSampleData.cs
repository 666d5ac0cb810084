using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Core.Tests.Inequality;

/// <summary>One group (indicator × dimension) of a WHO healthequal sample file, read into the Core types.</summary>
internal sealed record HeatSampleGroup(string Indicator, InequalityContext Context, IReadOnlyList<SubgroupEstimate> Subgroups)
{
    public const string Sba = "Births attended by skilled health personnel (%)";
    public const string U5mr = "Under-five mortality rate (deaths per 1000 live births)";

    public static IReadOnlyList<HeatSampleGroup> Read(string fileName)
    {
        var rows = InequalityCsvReader.Read(Path.Combine("TestData", "heat", fileName));
        var groups = new List<HeatSampleGroup>();
        foreach (var indicator in rows.Select(r => r["indicator"]).Distinct())
        {
            var part = rows.Where(r => r["indicator"] == indicator).ToList();
            var first = part[0];
            var context = new InequalityContext(
                first.Number("favourable_indicator") == 1,
                first.Number("indicator_scale")!.Value,
                first.Number("ordered_dimension") == 1,
                first.Number("setting_average"));
            var subgroups = part.Select(r => new SubgroupEstimate(
                r["subgroup"],
                r.Number("estimate"),
                r.Number("se"),
                Population: r.Number("population"),
                Order: r.ContainsKey("subgroup_order") ? (int?)r.Number("subgroup_order") : null,
                IsReference: r.ContainsKey("reference_subgroup") && r.Number("reference_subgroup") == 1)).ToList();
            groups.Add(new HeatSampleGroup(indicator, context, subgroups));
        }

        return groups;
    }

    public double Estimate(string subgroup) => Subgroups.Single(s => s.Subgroup == subgroup).Estimate!.Value;

    /// <summary>The population-weighted mean, computed here independently of the library.</summary>
    public double WeightedMean() =>
        Subgroups.Sum(s => s.Population!.Value * s.Estimate!.Value) / Subgroups.Sum(s => s.Population!.Value);

    public double Share(SubgroupEstimate s) => s.Population!.Value / Subgroups.Sum(g => g.Population!.Value);
}
