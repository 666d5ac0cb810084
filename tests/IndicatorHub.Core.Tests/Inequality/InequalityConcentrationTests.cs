using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalityConcentrationTests
{
    private const double Z95 = 1.959963984540054;

    [Test]
    public void Three_subgroups_worked_by_hand()
    {
        // Shares 1/4, 1/4, 1/2 and ranks 1/8, 3/8, 3/4; μ = 2.5 + 5 + 20 = 27.5;
        // Σ p y x = 0.3125 + 1.875 + 15 = 17.1875, so aci = 2 · 17.1875 − 27.5 = 6.875 and rci = 0.25.
        // HEAT's regression: σ² = Σ p (x − ½)² = 0.0703125, l = 2σ² y = (1.40625, 2.8125, 5.625); weighted fit
        // slope 6.875, intercept 0.4296875, residuals (0.1171875, −0.1953125, 0.0390625), RSS = 0.054931640625 on 1 df;
        // (XᵀX)⁻¹₀₀ = ΣN / (ΣN ΣN x² − (ΣN x)²) = 4 / 1.125, so se² = 0.054931640625 · 4 / 1.125 = 25/128.
        var aci = Single(ThreeOrdered(), PercentFavourableOrdered, InequalityMeasures.Aci);
        var rci = Single(ThreeOrdered(), PercentFavourableOrdered, InequalityMeasures.Rci);
        var se = Math.Sqrt(25.0 / 128);

        Assert.Multiple(() =>
        {
            Assert.That(aci.Estimate, Is.EqualTo(6.875).Within(1e-12));
            Assert.That(aci.Se, Is.EqualTo(se).Within(1e-12));
            Assert.That(aci.CiLb, Is.EqualTo(6.875 - Z95 * se).Within(1e-10));
            Assert.That(rci.Estimate, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(rci.Se, Is.EqualTo(se / 27.5).Within(1e-12));
        });
    }

    [Test]
    public void Healthequal_ordered_fixture_matches_its_published_expectations()
    {
        // healthequal tests/testthat/test-aci.R (relative tolerance 1e-6): 7.3284202, se 0.29368517;
        // test-rci.R (relative tolerance 1e-3): 0.17776859, se 0.0071240491, limits 0.16380545 and 0.19173172.
        var aci = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Aci);
        var rci = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Rci);

        Assert.Multiple(() =>
        {
            Assert.That(aci.Estimate, Is.EqualTo(7.3284202).Within(1e-6 * 7.3284202));
            Assert.That(aci.Se, Is.EqualTo(0.29368517).Within(1e-6 * 0.29368517));
            Assert.That(aci.CiLb, Is.EqualTo(7.3284202 - Z95 * 0.29368517).Within(1e-6 * 6.75));
            Assert.That(rci.Estimate, Is.EqualTo(0.17776859).Within(1e-3 * 0.17776859));
            Assert.That(rci.Se, Is.EqualTo(0.0071240491).Within(1e-3 * 0.0071240491));
            Assert.That(rci.CiLb, Is.EqualTo(0.16380545).Within(1e-3 * 0.16380545));
            Assert.That(rci.CiUb, Is.EqualTo(0.19173172).Within(1e-3 * 0.19173172));
        });
    }

    [Test]
    public void Aci_equals_its_closed_form_on_the_healthequal_fixture()
    {
        // x = (39, 123.5, 250, 382.5, 486.5) / 539, p = N / 539, μ = 22220 / 539: aci = 2 Σ p y x − μ.
        double[] n = [78, 91, 162, 103, 105];
        double[] y = [20, 30, 40, 50, 60];
        double before = 0, sum = 0;
        for (var j = 0; j < 5; j++)
        {
            sum += n[j] / 539 * y[j] * (before + n[j] / 2) / 539;
            before += n[j];
        }

        Assert.That(Value(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Aci),
            Is.EqualTo(2 * sum - 22220.0 / 539).Within(1e-12));
    }

    [Test]
    public void Rci_equals_one_minus_twice_the_area_under_the_concentration_curve()
    {
        IReadOnlyList<SubgroupEstimate> groups =
        [
            new("Q1", 12.5, Population: 310, Order: 1),
            new("Q2", 18.0, Population: 260, Order: 2),
            new("Q3", 17.2, Population: 200, Order: 3),
            new("Q4", 25.0, Population: 150, Order: 4),
            new("Q5", 41.3, Population: 80, Order: 5),
        ];

        // L_t = cumulative share of the indicator total; area under the piecewise-linear curve = Σ p_t (L_{t−1} + L_t) / 2.
        var total = groups.Sum(g => g.Population!.Value);
        var mean = groups.Sum(g => g.Population!.Value * g.Estimate!.Value) / total;
        var previous = 0.0;
        var twiceArea = 0.0;
        foreach (var g in groups)
        {
            var p = g.Population!.Value / total;
            var current = previous + p * g.Estimate!.Value / mean;
            twiceArea += p * (previous + current);
            previous = current;
        }

        Assert.That(Value(groups, PercentFavourableOrdered, InequalityMeasures.Rci), Is.EqualTo(1 - twiceArea).Within(1e-12));
    }

    [Test]
    public void Aci_is_positive_when_the_indicator_is_higher_among_the_advantaged_and_negative_otherwise()
    {
        var reversed = ThreeOrdered().Select(s => s with { Order = 4 - s.Order }).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Value(ThreeOrdered(), PercentFavourableOrdered, InequalityMeasures.Aci), Is.Positive);
            Assert.That(Value(reversed, PercentFavourableOrdered, InequalityMeasures.Aci), Is.Negative);
            Assert.That(Value(ThreeOrdered(), PercentFavourableOrdered with { FavourableIndicator = false }, InequalityMeasures.Aci),
                Is.EqualTo(6.875).Within(1e-12), "the index is not flipped for adverse indicators");
        });
    }
}
