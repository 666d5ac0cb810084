using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalityEdgeCaseTests
{
    [Test]
    public void One_subgroup_computes_nothing_and_says_why()
    {
        var results = InequalityCalculator.Compute(
            [new SubgroupEstimate("only", 50, 1, Population: 10)], PercentFavourableRegions, new InequalityOptions { Measures = InequalityMeasures.Heat });

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(21));
            Assert.That(results.Where(r => r.IsComputed), Is.Empty);
            Assert.That(results.Single(r => r.Measure == InequalityMeasures.D).NotComputedReason, Is.EqualTo("d needs at least two subgroups."));
        });
    }

    [Test]
    public void Default_measures_follow_the_dimension_kind()
    {
        var binary = InequalityCalculator.Compute([new("F", 10, Population: 1), new("M", 20, Population: 1)], PercentFavourableRegions);
        var ordered = InequalityCalculator.Compute(HealthequalOrdered(), PercentFavourableOrdered);
        var regions = InequalityCalculator.Compute(FourRegions(withReference: true), PercentFavourableRegions);

        Assert.Multiple(() =>
        {
            Assert.That(binary.Select(r => r.Measure), Is.EqualTo(new[] { "d", "r", "paf", "par" }));
            Assert.That(ordered.Select(r => r.Measure), Is.EqualTo(new[] { "d", "r", "paf", "par", "aci", "rci", "sii", "rii" }));
            Assert.That(regions.Select(r => r.Measure), Is.EquivalentTo(new[]
            {
                "d", "r", "paf", "par", "bgv", "bgsd", "cov", "mdbu", "mdbw", "mdmu", "mdmw", "mdru", "mdrw",
                "idisu", "idisw", "ti", "mld", "gini",
            }));
            Assert.That(regions.All(r => r.IsComputed));
        });
    }

    [Test]
    public void Requested_measure_that_does_not_apply_is_reported_not_computed()
    {
        var result = Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Sii);

        Assert.That(result.NotComputedReason, Is.EqualTo("sii applies only to ordered dimensions with more than two subgroups."));
    }

    [Test]
    public void Unknown_measure_is_reported_not_computed()
    {
        Assert.That(Single(FourRegions(), PercentFavourableRegions, "xyz").NotComputedReason, Does.Contain("Unknown measure"));
    }

    [Test]
    public void All_subgroups_equal_gives_zero_inequality()
    {
        var equalOrdered = HealthequalOrdered().Select(s => s with { Estimate = 42 }).ToList();
        var equalRegions = FourRegions(withReference: true).Select(s => s with { Estimate = 42 }).ToList();
        var ordered = InequalityCalculator.Compute(equalOrdered, PercentFavourableOrdered).ToDictionary(r => r.Measure);
        var regions = InequalityCalculator.Compute(equalRegions, PercentFavourableRegions).ToDictionary(r => r.Measure);

        Assert.Multiple(() =>
        {
            foreach (var m in new[] { "d", "paf", "par", "aci", "rci", "sii" })
            {
                Assert.That(ordered[m].Estimate, Is.EqualTo(0).Within(1e-12), m);
            }

            foreach (var m in new[] { "r", "rii" })
            {
                Assert.That(ordered[m].Estimate, Is.EqualTo(1).Within(1e-12), m);
            }

            foreach (var m in new[] { "bgv", "bgsd", "cov", "mdbu", "mdbw", "mdmu", "mdmw", "mdru", "mdrw", "idisu", "idisw", "ti", "mld", "gini" })
            {
                Assert.That(regions[m].Estimate, Is.EqualTo(0).Within(1e-9), m);
            }
        });
    }

    [Test]
    public void All_subgroups_zero_computes_nothing()
    {
        var zeros = FourRegions().Select(s => s with { Estimate = 0 }).ToList();

        var results = InequalityCalculator.Compute(zeros, PercentFavourableRegions);

        Assert.That(results.Select(r => r.NotComputedReason).Distinct(), Is.EqualTo(new[] { "All subgroup estimates are zero." }));
    }

    [Test]
    public void Zero_estimate_in_theil_is_replaced_by_a_tiny_value()
    {
        var groups = FourRegions().Select(s => s.Subgroup == "A" ? s with { Estimate = 0 } : s).ToList();

        // μ over (1e-6, 20, 30, 40) with shares (0.1, 0.2, 0.3, 0.4)
        double[] p = [0.1, 0.2, 0.3, 0.4];
        double[] y = [1e-6, 20, 30, 40];
        var mu = p.Zip(y, (a, b) => a * b).Sum();
        var ti = 1000 * p.Zip(y, (a, b) => a * b / mu * Math.Log(b / mu)).Sum();

        Assert.That(Value(groups, PercentFavourableRegions, InequalityMeasures.Ti), Is.EqualTo(ti).Within(1e-9));
    }

    [Test]
    public void Zero_population_subgroup_does_not_change_population_weighted_measures()
    {
        var withEmpty = HealthequalOrdered().Append(new SubgroupEstimate("Q6", 99, 1, Population: 0, Order: 6)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Value(withEmpty, PercentFavourableOrdered, InequalityMeasures.Aci),
                Is.EqualTo(Value(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Aci)).Within(1e-12));
            Assert.That(Value(withEmpty, PercentFavourableOrdered, InequalityMeasures.Sii),
                Is.EqualTo(Value(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Sii)).Within(1e-9));
        });
    }

    [Test]
    public void Regression_with_fewer_than_three_populated_subgroups_says_so()
    {
        var groups = ThreeOrdered().Select(s => s.Order == 2 ? s with { Population = 0 } : s).ToList();

        Assert.That(Single(groups, PercentFavourableOrdered, InequalityMeasures.Sii).NotComputedReason,
            Is.EqualTo("The regression needs at least three subgroups with a population above zero."));
    }

    [Test]
    public void All_populations_zero_leaves_weighted_measures_not_computed()
    {
        var groups = FourRegions().Select(s => s with { Population = 0 }).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Single(groups, PercentFavourableRegions, InequalityMeasures.Bgv).NotComputedReason, Does.Contain("population"));
            Assert.That(Value(groups, PercentFavourableRegions, InequalityMeasures.Mdbu), Is.EqualTo(15).Within(1e-12));
        });
    }

    [Test]
    public void Missing_subgroup_in_an_ordered_dimension_stops_the_ordered_measures()
    {
        var groups = HealthequalOrdered().Select(s => s.Order == 3 ? s with { Estimate = null } : s).ToList();

        Assert.That(Single(groups, PercentFavourableOrdered, InequalityMeasures.Sii).NotComputedReason,
            Is.EqualTo("Measures of ordered dimensions need an estimate for every subgroup; 1 of 5 are missing."));
    }

    [Test]
    public void Non_ordered_measures_need_85_percent_of_subgroups()
    {
        var ten = Enumerable.Range(1, 10).Select(i => new SubgroupEstimate("a" + i, 10 * i, 1, Population: 1)).ToList();
        var oneMissing = ten.Select((s, i) => i == 0 ? s with { Estimate = null } : s).ToList();
        var twoMissing = ten.Select((s, i) => i < 2 ? s with { Estimate = null } : s).ToList();

        // 9 of 10 available: mdbu over 20..100, best 100: (80 + 70 + ... + 0) / 9 = 40.
        Assert.Multiple(() =>
        {
            Assert.That(Value(oneMissing, PercentFavourableRegions, InequalityMeasures.Mdbu), Is.EqualTo(40).Within(1e-12));
            Assert.That(Single(twoMissing, PercentFavourableRegions, InequalityMeasures.Mdbu).NotComputedReason,
                Is.EqualTo("Only 8 of 10 subgroups have an estimate; at least 85 % are needed."));
        });
    }

    [Test]
    public void Reference_measures_need_exactly_one_reference()
    {
        var two = FourRegions().Select(s => s with { IsReference = s.Subgroup is "A" or "B" }).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Mdru).NotComputedReason, Does.Contain("needs a reference"));
            Assert.That(Single(two, PercentFavourableRegions, InequalityMeasures.Mdru).NotComputedReason, Does.Contain("Only one subgroup"));
        });
    }

    [Test]
    public void Invalid_context_or_options_throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => InequalityCalculator.Compute(FourRegions(), PercentFavourableRegions with { Scale = 0 }), Throws.ArgumentException);
            Assert.That(() => InequalityCalculator.Compute(FourRegions(), PercentFavourableRegions, new InequalityOptions { ConfidenceLevel = 95 }),
                Throws.ArgumentException);
        });
    }
}
