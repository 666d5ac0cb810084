using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalityPairwiseTests
{
    private const double Z95 = 1.959963984540054;

    [Test]
    public void Non_ordered_without_reference_compares_highest_with_lowest()
    {
        var d = Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.D);
        var r = Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.R);

        // y1 = 40 (se 4), y2 = 10 (se 1)
        Assert.Multiple(() =>
        {
            Assert.That(d.Estimate, Is.EqualTo(30).Within(1e-12));
            Assert.That(d.Se, Is.EqualTo(Math.Sqrt(17)).Within(1e-12));
            Assert.That(d.CiLb, Is.EqualTo(30 - Z95 * Math.Sqrt(17)).Within(1e-9));
            Assert.That(r.Estimate, Is.EqualTo(4).Within(1e-12));
            Assert.That(r.Se, Is.EqualTo(Math.Sqrt(0.1 * 0.1 + 0.1 * 0.1)).Within(1e-12), "se of ln r");
            Assert.That(r.CiLb, Is.EqualTo(4 * Math.Exp(-Z95 * Math.Sqrt(0.02))).Within(1e-9));
            Assert.That(r.CiUb, Is.EqualTo(4 * Math.Exp(Z95 * Math.Sqrt(0.02))).Within(1e-9));
        });
    }

    [Test]
    public void Non_ordered_adverse_indicator_without_reference_is_still_highest_minus_lowest()
    {
        var adverse = PercentFavourableRegions with { FavourableIndicator = false };

        Assert.That(Value(FourRegions(), adverse, InequalityMeasures.D), Is.EqualTo(30).Within(1e-12));
    }

    [Test]
    public void Favourable_indicator_with_reference_compares_reference_with_the_lowest_other_subgroup()
    {
        // reference B = 20, lowest other A = 10
        Assert.Multiple(() =>
        {
            Assert.That(Value(FourRegions(withReference: true), PercentFavourableRegions, InequalityMeasures.D), Is.EqualTo(10).Within(1e-12));
            Assert.That(Value(FourRegions(withReference: true), PercentFavourableRegions, InequalityMeasures.R), Is.EqualTo(2).Within(1e-12));
        });
    }

    [Test]
    public void Adverse_indicator_with_reference_compares_the_highest_other_subgroup_with_the_reference()
    {
        var adverse = PercentFavourableRegions with { FavourableIndicator = false };

        // highest other D = 40, reference B = 20
        Assert.Multiple(() =>
        {
            Assert.That(Value(FourRegions(withReference: true), adverse, InequalityMeasures.D), Is.EqualTo(20).Within(1e-12));
            Assert.That(Value(FourRegions(withReference: true), adverse, InequalityMeasures.R), Is.EqualTo(2).Within(1e-12));
        });
    }

    [Test]
    public void Reference_that_is_the_lowest_is_not_compared_with_itself()
    {
        IReadOnlyList<SubgroupEstimate> groups =
        [
            new("ref", 10, Population: 1, IsReference: true),
            new("x", 30, Population: 1),
            new("y", 20, Population: 1),
        ];

        // HEAT's get_est_se_min_max excludes the reference from the minimum: 10 − 20.
        Assert.That(Value(groups, PercentFavourableRegions, InequalityMeasures.D), Is.EqualTo(-10).Within(1e-12));
    }

    [Test]
    public void Ordered_favourable_is_most_advantaged_minus_most_disadvantaged_whatever_the_input_order()
    {
        IReadOnlyList<SubgroupEstimate> shuffled = [.. HealthequalOrdered().Reverse()];

        Assert.Multiple(() =>
        {
            Assert.That(Value(shuffled, PercentFavourableOrdered, InequalityMeasures.D), Is.EqualTo(60 - 20).Within(1e-12));
            Assert.That(Value(shuffled, PercentFavourableOrdered, InequalityMeasures.R), Is.EqualTo(3).Within(1e-12));
        });
    }

    [Test]
    public void Ordered_adverse_is_most_disadvantaged_minus_most_advantaged()
    {
        var adverse = PercentFavourableOrdered with { FavourableIndicator = false };

        Assert.Multiple(() =>
        {
            Assert.That(Value(HealthequalOrdered(), adverse, InequalityMeasures.D), Is.EqualTo(20 - 60).Within(1e-12));
            Assert.That(Value(HealthequalOrdered(), adverse, InequalityMeasures.R), Is.EqualTo(20.0 / 60).Within(1e-12));
        });
    }

    [Test]
    public void Ordered_d_needs_only_the_two_extremes()
    {
        var groups = HealthequalOrdered().Select(s => s.Order == 3 ? s with { Estimate = null } : s).ToList();
        var withoutTop = HealthequalOrdered().Select(s => s.Order == 5 ? s with { Estimate = null } : s).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Value(groups, PercentFavourableOrdered, InequalityMeasures.D), Is.EqualTo(40).Within(1e-12));
            Assert.That(Single(withoutTop, PercentFavourableOrdered, InequalityMeasures.D).NotComputedReason,
                Does.Contain("most advantaged"));
        });
    }

    [Test]
    public void Missing_standard_error_gives_the_estimate_without_interval()
    {
        var groups = FourRegions().Select(s => s.Subgroup == "D" ? s with { Se = null } : s).ToList();

        var d = Single(groups, PercentFavourableRegions, InequalityMeasures.D);

        Assert.Multiple(() =>
        {
            Assert.That(d.Estimate, Is.EqualTo(30).Within(1e-12));
            Assert.That(d.Se, Is.Null);
            Assert.That(d.CiLb, Is.Null);
        });
    }

    [Test]
    public void Ratio_against_a_zero_estimate_is_not_computed_but_the_difference_is()
    {
        IReadOnlyList<SubgroupEstimate> groups = [new("F", 12, 1, Population: 1), new("M", 0, 1, Population: 1)];

        Assert.Multiple(() =>
        {
            Assert.That(Value(groups, PercentFavourableRegions, InequalityMeasures.D), Is.EqualTo(12).Within(1e-12));
            Assert.That(Single(groups, PercentFavourableRegions, InequalityMeasures.R).NotComputedReason, Does.Contain("zero"));
        });
    }
}
