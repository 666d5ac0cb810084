using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalityAttributableTests
{
    private const double Z95 = 1.959963984540054;

    [Test]
    public void Healthequal_ordered_fixture_matches_its_published_expectations()
    {
        // healthequal tests/testthat/test-paf.R and test-parisk.R, with their own relative tolerances (1e-6 for paf,
        // 1e-2 for par): paf 45.544548 (se 0.10689361 as a fraction), par 18.775509, se 4.4066348, limits 10.138505
        // and 27.412513. Their printed values are not exact to every digit: the exact paf is 100 · (60 · 539 / 22220 − 1)
        // = 45.5445544…, asserted separately below.
        var paf = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Paf);
        var par = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Par);

        Assert.Multiple(() =>
        {
            Assert.That(paf.Estimate, Is.EqualTo(45.544548).Within(1e-6 * 45.544548));
            Assert.That(paf.Estimate, Is.EqualTo(100 * (60.0 * 539 / 22220 - 1)).Within(1e-12));
            Assert.That(paf.Se, Is.EqualTo(100 * 0.10689361).Within(1e-6 * 10.689361), "se in percent, 100 × healthequal's fraction");
            Assert.That(paf.CiLb, Is.EqualTo(paf.Estimate - Z95 * paf.Se).Within(1e-9));
            Assert.That(par.Estimate, Is.EqualTo(18.775509).Within(1e-2 * 18.775509));
            Assert.That(par.Estimate, Is.EqualTo(60 - 22220.0 / 539).Within(1e-12));
            Assert.That(par.Se, Is.EqualTo(4.4066348).Within(1e-6 * 4.4066348));
            Assert.That(par.CiLb, Is.EqualTo(10.138505).Within(1e-2 * 10.138505));
            Assert.That(par.CiUb, Is.EqualTo(27.412513).Within(1e-2 * 27.412513));
        });
    }

    [Test]
    public void Non_ordered_without_reference_uses_the_best_subgroup_and_walters_se()
    {
        // Reference = best = D (40), μ = 30 → par = 10, paf = 33.3 %.
        // Walter's 2 × 2 table: c = 0.4 · 400 = 160, d = 240, a = 0.3 · 1000 − 160 = 140, b = 1000 − 140 − 400 = 460,
        // var = c N (a d (N − c) + b c²) / ((a + c)³ (c + d)³) = 160 000 · 4e7 / (2.7e7 · 6.4e7) = 1/270.
        var fractionSe = Math.Sqrt(1.0 / 270);
        var paf = Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Paf);
        var par = Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Par);

        Assert.Multiple(() =>
        {
            Assert.That(par.Estimate, Is.EqualTo(10).Within(1e-12));
            Assert.That(paf.Estimate, Is.EqualTo(100.0 / 3).Within(1e-12));
            Assert.That(paf.Se, Is.EqualTo(100 * fractionSe).Within(1e-12));
            Assert.That(par.Se, Is.EqualTo(30 * fractionSe).Within(1e-12));
            Assert.That(par.CiUb, Is.EqualTo(10 + Z95 * 30 * fractionSe).Within(1e-9));
        });
    }

    [Test]
    public void Reference_worse_than_the_mean_gives_zero_for_a_favourable_indicator()
    {
        // reference B = 20 < μ = 30
        Assert.Multiple(() =>
        {
            Assert.That(Value(FourRegions(withReference: true), PercentFavourableRegions, InequalityMeasures.Par), Is.EqualTo(0));
            Assert.That(Value(FourRegions(withReference: true), PercentFavourableRegions, InequalityMeasures.Paf), Is.EqualTo(0));
        });
    }

    [Test]
    public void Adverse_indicator_uses_the_lowest_subgroup_and_is_negative()
    {
        var adverse = PercentFavourableRegions with { FavourableIndicator = false };

        Assert.Multiple(() =>
        {
            Assert.That(Value(FourRegions(), adverse, InequalityMeasures.Par), Is.EqualTo(10 - 30).Within(1e-12));
            Assert.That(Value(FourRegions(), adverse, InequalityMeasures.Paf), Is.EqualTo(-200.0 / 3).Within(1e-12));
        });
    }

    [Test]
    public void Adverse_indicator_with_a_reference_above_the_mean_is_clipped_to_zero()
    {
        var adverse = PercentFavourableRegions with { FavourableIndicator = false };
        var groups = FourRegions().Select(s => s with { IsReference = s.Subgroup == "D" }).ToList();

        Assert.That(Value(groups, adverse, InequalityMeasures.Paf), Is.EqualTo(0));
    }

    [Test]
    public void Without_populations_the_setting_average_is_the_mean_and_there_is_no_se()
    {
        var groups = FourRegions().Select(s => s with { Population = null }).ToList();
        var context = PercentFavourableRegions with { SettingAverage = 25 };

        var par = Single(groups, context, InequalityMeasures.Par);

        Assert.Multiple(() =>
        {
            Assert.That(par.Estimate, Is.EqualTo(40 - 25).Within(1e-12));
            Assert.That(par.Se, Is.Null);
            Assert.That(Single(groups, PercentFavourableRegions, InequalityMeasures.Paf).NotComputedReason, Does.Contain("setting average"));
        });
    }

    [Test]
    public void Ordered_dimension_uses_the_most_advantaged_subgroup_even_if_it_is_not_the_best()
    {
        IReadOnlyList<SubgroupEstimate> groups =
        [
            new("Q1", 50, Population: 1, Order: 1),
            new("Q2", 90, Population: 1, Order: 2),
            new("Q3", 70, Population: 2, Order: 3),
        ];

        // μ = (50 + 90 + 140) / 4 = 70, reference Q3 = 70.
        Assert.That(Value(groups, PercentFavourableOrdered, InequalityMeasures.Par), Is.EqualTo(0).Within(1e-12));
    }
}
