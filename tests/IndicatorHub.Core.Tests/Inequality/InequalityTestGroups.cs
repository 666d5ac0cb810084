using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Core.Tests.Inequality;

/// <summary>Small hand-checkable groups shared by the measure tests.</summary>
internal static class InequalityTestGroups
{
    public static readonly InequalityContext PercentFavourableOrdered = new(true, 100, true);
    public static readonly InequalityContext PercentFavourableRegions = new(true, 100, false);

    /// <summary>
    /// healthequal's testthat fixture for the ordered measures (tests/testthat/test-aci.R, test-rci.R, test-sii.R,
    /// test-rii.R, test-paf.R, test-parisk.R): pop = round(rnorm(5, 100, 40)) after set.seed(123). R's first five standard
    /// normal deviates for seed 123 are −0.56047565, −0.23017749, 1.55870831, 0.07050839, 0.12928774, so
    /// pop = round(77.58, 90.79, 162.35, 102.82, 105.17) = 78, 91, 162, 103, 105 — literal values we can use here.
    /// </summary>
    public static IReadOnlyList<SubgroupEstimate> HealthequalOrdered() =>
    [
        new("Q1", 20, 5, Population: 78, Order: 1),
        new("Q2", 30, 7, Population: 91, Order: 2),
        new("Q3", 40, 10, Population: 162, Order: 3),
        new("Q4", 50, 12, Population: 103, Order: 4),
        new("Q5", 60, 14, Population: 105, Order: 5),
    ];

    /// <summary>
    /// Four regions with shares 0.1, 0.2, 0.3, 0.4 and estimates 10..40, so μ = 30 and most measures are whole numbers.
    /// Region B (20) is flagged as reference when <paramref name="withReference"/> is true.
    /// </summary>
    public static IReadOnlyList<SubgroupEstimate> FourRegions(bool withReference = false) =>
    [
        new("A", 10, 1, Population: 100),
        new("B", 20, 2, Population: 200, IsReference: withReference),
        new("C", 30, 3, Population: 300),
        new("D", 40, 4, Population: 400),
    ];

    /// <summary>Three ordered subgroups with populations 1, 1, 2 and estimates 10, 20, 40 (ranks 1/8, 3/8, 3/4).</summary>
    public static IReadOnlyList<SubgroupEstimate> ThreeOrdered() =>
    [
        new("low", 10, 1, Population: 1, Order: 1),
        new("mid", 20, 1, Population: 1, Order: 2),
        new("high", 40, 1, Population: 2, Order: 3),
    ];

    public static MeasureResult Single(
        IReadOnlyList<SubgroupEstimate> subgroups, InequalityContext context, string measure, InequalityOptions? options = null)
    {
        var results = InequalityCalculator.Compute(subgroups, context, (options ?? InequalityOptions.Default) with { Measures = [measure] });
        Assert.That(results, Has.Count.EqualTo(1));
        return results[0];
    }

    public static double Value(
        IReadOnlyList<SubgroupEstimate> subgroups, InequalityContext context, string measure, InequalityOptions? options = null)
    {
        var result = Single(subgroups, context, measure, options);
        Assert.That(result.NotComputedReason, Is.Null, measure + " was not computed");
        return result.Estimate!.Value;
    }
}
