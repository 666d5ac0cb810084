using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalitySimulationTests
{
    private static readonly string[] Simulated =
        ["bgsd", "cov", "mdbu", "mdbw", "mdmu", "mdmw", "mdru", "mdrw", "idisu", "idisw", "gini"];

    [Test]
    public void Simulated_intervals_are_reproducible_for_a_seed_and_change_with_it()
    {
        var first = InequalityCalculator.Compute(FourRegions(withReference: true), PercentFavourableRegions);
        var second = InequalityCalculator.Compute(FourRegions(withReference: true), PercentFavourableRegions);
        var other = InequalityCalculator.Compute(FourRegions(withReference: true), PercentFavourableRegions,
            new InequalityOptions { SimulationSeed = 99 });

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            foreach (var m in Simulated)
            {
                var r = first.Single(x => x.Measure == m);
                Assert.That(r.CiLb, Is.Not.Null, m);
                Assert.That(r.CiLb!.Value, Is.LessThanOrEqualTo(r.CiUb!.Value), m);
                Assert.That(r.Se, Is.Null, m);
                Assert.That(other.Single(x => x.Measure == m).CiLb, Is.Not.EqualTo(r.CiLb), m);
            }
        });
    }

    [Test]
    public void Zero_draws_or_missing_standard_errors_leave_simulated_intervals_empty()
    {
        var noDraws = InequalityCalculator.Compute(FourRegions(true), PercentFavourableRegions, new InequalityOptions { SimulationDraws = 0 });
        var noSe = InequalityCalculator.Compute(FourRegions(true).Select(s => s.Subgroup == "C" ? s with { Se = null } : s).ToList(),
            PercentFavourableRegions);

        Assert.Multiple(() =>
        {
            foreach (var m in Simulated)
            {
                Assert.That(noDraws.Single(x => x.Measure == m).CiLb, Is.Null, m);
                Assert.That(noSe.Single(x => x.Measure == m).CiLb, Is.Null, m);
                Assert.That(noSe.Single(x => x.Measure == m).Estimate, Is.Not.Null, m);
            }
        });
    }

    [Test]
    public void Zero_standard_errors_give_intervals_that_collapse_on_the_estimate()
    {
        var groups = FourRegions(true).Select(s => s with { Se = 0 }).ToList();

        var results = InequalityCalculator.Compute(groups, PercentFavourableRegions);

        Assert.Multiple(() =>
        {
            foreach (var m in Simulated)
            {
                var r = results.Single(x => x.Measure == m);
                Assert.That(r.CiLb, Is.EqualTo(r.Estimate).Within(1e-12), m);
                Assert.That(r.CiUb, Is.EqualTo(r.Estimate).Within(1e-12), m);
            }
        });
    }

    [Test]
    public void Percentile_and_gini_intervals_from_sorted_draws_collapse_on_the_estimate_without_sampling_error()
    {
        var groups = Enumerable.Range(1, 31).Select(i => new SubgroupEstimate("a" + i, 2.5 * i, 0, Population: 100 + i)).ToList();

        var results = InequalityCalculator.Compute(groups, PercentFavourableRegions);

        Assert.Multiple(() =>
        {
            foreach (var m in new[] { "gini", "p80p20r", "p80p20d" })
            {
                var r = results.Single(x => x.Measure == m);
                Assert.That(r.CiLb, Is.EqualTo(r.Estimate).Within(1e-12), m);
                Assert.That(r.CiUb, Is.EqualTo(r.Estimate).Within(1e-12), m);
            }
        });
    }

    [Test]
    public void Draws_of_a_percentage_stay_between_0_and_100()
    {
        var data = new InequalityGroupData();
        data.Load([new("a", 99, 5, Population: 1), new("b", 1, 5, Population: 1), new("c", 50, 80, Population: 1)], PercentFavourableRegions);

        InequalitySimulation.Draw(data, 100, 500, 1);

        Assert.That(data.Draws.Take(1500), Is.All.InRange(0.0, 100.0));
    }

    [Test]
    public void Draws_of_a_rate_are_never_negative_but_may_exceed_100()
    {
        var data = new InequalityGroupData();
        data.Load([new("a", 95, 20, Population: 1), new("b", 1, 5, Population: 1)], new InequalityContext(false, 1000, false));

        InequalitySimulation.Draw(data, 1000, 500, 1);

        Assert.Multiple(() =>
        {
            Assert.That(data.Draws.Take(1000), Is.All.GreaterThanOrEqualTo(0.0));
            Assert.That(data.Draws.Take(1000).Max(), Is.GreaterThan(100.0));
        });
    }

    [Test]
    public void Simulated_mean_difference_spreads_with_the_standard_errors()
    {
        var narrow = InequalityCalculator.Compute(FourRegions(), PercentFavourableRegions).Single(r => r.Measure == "mdmw");
        var wide = InequalityCalculator.Compute(FourRegions().Select(s => s with { Se = 4 * s.Se }).ToList(), PercentFavourableRegions)
            .Single(r => r.Measure == "mdmw");

        Assert.That(wide.CiUb!.Value - wide.CiLb!.Value, Is.GreaterThan(2 * (narrow.CiUb!.Value - narrow.CiLb!.Value)));
    }
}
