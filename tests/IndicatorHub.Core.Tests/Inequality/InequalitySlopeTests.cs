using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalitySlopeTests
{
    private const double Z95 = 1.959963984540054;
    private static readonly InequalityOptions Linear = new() { SiiMethod = SiiMethod.Linear };

    [Test]
    public void Logistic_sii_matches_healthequal_published_expectations()
    {
        // healthequal tests/testthat/test-sii.R: 44.44502, se 0.02190822 (proportion scale), limits 40.15109, 48.73895.
        var sii = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Sii);

        Assert.Multiple(() =>
        {
            Assert.That(sii.Estimate, Is.EqualTo(44.44502).Within(1e-5));
            Assert.That(sii.Se, Is.EqualTo(100 * 0.02190822).Within(1e-6), "se in percentage points");
            Assert.That(sii.CiLb, Is.EqualTo(40.15109).Within(1e-5));
            Assert.That(sii.CiUb, Is.EqualTo(48.73895).Within(1e-5));
        });
    }

    [Test]
    public void Logistic_rii_matches_healthequal_published_expectations()
    {
        // healthequal tests/testthat/test-rii.R: 3.159506, se of ln rii 0.07644001, limits 2.719902 and 3.67016.
        var rii = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Rii);

        Assert.Multiple(() =>
        {
            Assert.That(rii.Estimate, Is.EqualTo(3.159506).Within(1e-6));
            Assert.That(rii.Se, Is.EqualTo(0.07644001).Within(1e-8));
            Assert.That(rii.CiLb, Is.EqualTo(2.719902).Within(1e-6));
            Assert.That(rii.CiUb, Is.EqualTo(3.67016).Within(1e-5));
        });
    }

    [Test]
    public void Logistic_fit_is_the_maximum_likelihood_estimate()
    {
        // At the MLE the score Σ n_j² (k_j/n_j − p_j) (1, x_j) vanishes; recompute it from the reported p(0) and p(1).
        var groups = HealthequalOrdered();
        var sii = Value(groups, PercentFavourableOrdered, InequalityMeasures.Sii) / 100;
        var rii = Value(groups, PercentFavourableOrdered, InequalityMeasures.Rii);
        var p0 = sii / (rii - 1);
        var p1 = p0 * rii;
        var b0 = Math.Log(p0 / (1 - p0));
        var b1 = Math.Log(p1 / (1 - p1)) - b0;
        double[] n = [78, 91, 162, 103, 105];
        double[] k = [16, 27, 65, 52, 63]; // round(est/100 · n), half to even: 15.6→16, 27.3→27, 64.8→65, 51.5→52, 63→63
        var x = new double[5];
        var before = 0.0;
        for (var j = 0; j < 5; j++)
        {
            x[j] = (before + n[j] / 2) / 539;
            before += n[j];
        }

        double u0 = 0, u1 = 0;
        for (var j = 0; j < 5; j++)
        {
            var p = 1 / (1 + Math.Exp(-(b0 + b1 * x[j])));
            u0 += n[j] * n[j] * (k[j] / n[j] - p);
            u1 += n[j] * n[j] * (k[j] / n[j] - p) * x[j];
        }

        Assert.Multiple(() =>
        {
            Assert.That(u0, Is.EqualTo(0).Within(1e-6));
            Assert.That(u1, Is.EqualTo(0).Within(1e-6));
        });
    }

    [Test]
    public void Linear_sii_and_rii_worked_by_hand()
    {
        // Weighted fit of (10, 20, 40) on ranks (1/8, 3/8, 3/4) with weights (1, 1, 2):
        // slope = Cov_w / Var_w = 3.4375 / 0.0703125 = 440/9, intercept = 27.5 − 220/9 = 27.5/9, rii = 467.5/27.5 = 17.
        // HC1: residuals (7.5, −12.5, 2.5)/9, bread (XᵀWX)⁻¹ = [[1.28125, −2], [−2, 4]] / 1.125,
        // meat Σ (w e)² x xᵀ, factor J/(J − 2) = 3.
        double[] x = [0.125, 0.375, 0.75];
        double[] we = [7.5 / 9, -12.5 / 9, 2 * 2.5 / 9];
        double m00 = 0, m01 = 0, m11 = 0;
        for (var j = 0; j < 3; j++)
        {
            m00 += we[j] * we[j];
            m01 += we[j] * we[j] * x[j];
            m11 += we[j] * we[j] * x[j] * x[j];
        }

        // Second row of the bread is (−2, 4)/1.125: V11 = 3 · (4 m00 − 16 m01 + 16 m11) / 1.125².
        var v11 = 3 * (4 * m00 - 16 * m01 + 16 * m11) / (1.125 * 1.125);
        var sii = Single(ThreeOrdered(), PercentFavourableOrdered, InequalityMeasures.Sii, Linear);
        var rii = Single(ThreeOrdered(), PercentFavourableOrdered, InequalityMeasures.Rii, Linear);

        Assert.Multiple(() =>
        {
            Assert.That(sii.Estimate, Is.EqualTo(440.0 / 9).Within(1e-10));
            Assert.That(sii.Se, Is.EqualTo(Math.Sqrt(v11)).Within(1e-10));
            Assert.That(sii.CiUb, Is.EqualTo(440.0 / 9 + Z95 * Math.Sqrt(v11)).Within(1e-9));
            Assert.That(rii.Estimate, Is.EqualTo(17).Within(1e-10));
        });
    }

    [Test]
    public void Linear_sii_equals_phe_linear_sii()
    {
        var groups = HealthequalOrdered();
        var heat = Single(groups, PercentFavourableOrdered, InequalityMeasures.Sii, Linear);
        var heatRii = Single(groups, PercentFavourableOrdered, InequalityMeasures.Rii, Linear);
        var phe = PheSlopeIndex.Compute(
            groups.Select(g => new PheQuantileInput(g.Order!.Value, g.Population!.Value, g.Estimate!.Value, Se: g.Se)).ToList(),
            new PheSlopeIndexOptions { ComputeConfidenceIntervals = false });

        Assert.Multiple(() =>
        {
            Assert.That(heat.Estimate, Is.EqualTo(phe.Sii).Within(1e-10));
            Assert.That(heatRii.Estimate, Is.EqualTo(phe.Rii).Within(1e-12));
        });
    }

    [Test]
    public void Heat_method_switches_to_the_linear_fit_when_values_exceed_the_scale()
    {
        // Life expectancy on scale 1: HEAT's calc_sii would return NA.
        IReadOnlyList<SubgroupEstimate> groups =
        [
            new("E1", 78.1, 0.3, Population: 5000, Order: 1),
            new("E2", 80.4, 0.2, Population: 8000, Order: 2),
            new("E3", 83.0, 0.2, Population: 7000, Order: 3),
        ];
        var context = new InequalityContext(true, 1, true);

        Assert.That(Value(groups, context, InequalityMeasures.Sii),
            Is.EqualTo(Value(groups, context, InequalityMeasures.Sii, Linear)).Within(1e-12));
    }

    [Test]
    public void Phe_method_gives_the_linear_slope_with_monte_carlo_limits()
    {
        var options = new InequalityOptions { SiiMethod = SiiMethod.Phe, PheRepetitions = 2000 };
        var phe = Single(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Sii, options);

        Assert.Multiple(() =>
        {
            Assert.That(phe.Estimate, Is.EqualTo(Value(HealthequalOrdered(), PercentFavourableOrdered, InequalityMeasures.Sii, Linear)).Within(1e-10));
            Assert.That(phe.CiLb!.Value, Is.LessThan(phe.Estimate!.Value));
            Assert.That(phe.CiUb!.Value, Is.GreaterThan(phe.Estimate!.Value));
        });
    }

    [Test]
    public void Adverse_indicator_concentrated_among_the_disadvantaged_has_negative_sii_and_rii_below_one()
    {
        var adverse = new InequalityContext(false, 1000, true);
        IReadOnlyList<SubgroupEstimate> mortality =
        [
            new("Q1", 52.5, Population: 7000, Order: 1),
            new("Q2", 32.9, Population: 6900, Order: 2),
            new("Q3", 29.0, Population: 6900, Order: 3),
            new("Q4", 31.3, Population: 7000, Order: 4),
            new("Q5", 23.9, Population: 6700, Order: 5),
        ];

        Assert.Multiple(() =>
        {
            Assert.That(Value(mortality, adverse, InequalityMeasures.Sii), Is.Negative);
            Assert.That(Value(mortality, adverse, InequalityMeasures.Rii), Is.LessThan(1));
        });
    }
}
