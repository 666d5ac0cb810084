using IndicatorHub.Core.Inequality;
using static IndicatorHub.Core.Tests.Inequality.InequalityTestGroups;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalityDispersionTests
{
    private const double Z95 = 1.959963984540054;

    // FourRegions: shares (0.1, 0.2, 0.3, 0.4), estimates (10, 20, 30, 40), se (1, 2, 3, 4), μ = 30.
    [TestCase(InequalityMeasures.Bgv, 100.0)]               // 0.1·400 + 0.2·100 + 0 + 0.4·100
    [TestCase(InequalityMeasures.Bgsd, 10.0)]
    [TestCase(InequalityMeasures.Cov, 100.0 / 3)]           // 100 · 10 / 30
    [TestCase(InequalityMeasures.Mdbu, 15.0)]               // (30 + 20 + 10 + 0) / 4, best = 40
    [TestCase(InequalityMeasures.Mdbw, 10.0)]               // 0.1·30 + 0.2·20 + 0.3·10
    [TestCase(InequalityMeasures.Mdmu, 10.0)]               // (20 + 10 + 0 + 10) / 4
    [TestCase(InequalityMeasures.Mdmw, 8.0)]                // 0.1·20 + 0.2·10 + 0.4·10
    [TestCase(InequalityMeasures.Idisu, 100.0 / 3)]         // 100 · 10 / 30
    [TestCase(InequalityMeasures.Idisw, 80.0 / 3)]          // 100 · 8 / 30
    [TestCase(InequalityMeasures.Gini, 0.18)]               // Σ_{i<j} p_i p_j |y_i − y_j| = 5.4, / 30
    public void Four_regions_worked_by_hand(string measure, double expected)
    {
        Assert.That(Value(FourRegions(), PercentFavourableRegions, measure), Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase(InequalityMeasures.Mdru, 10.0)]               // (10 + 0 + 10 + 20) / 4 from reference B = 20
    [TestCase(InequalityMeasures.Mdrw, 12.0)]               // 0.1·10 + 0.3·10 + 0.4·20
    public void Reference_measures_worked_by_hand(string measure, double expected)
    {
        Assert.That(Value(FourRegions(withReference: true), PercentFavourableRegions, measure), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Best_performing_subgroup_of_an_adverse_indicator_is_the_lowest()
    {
        var adverse = PercentFavourableRegions with { FavourableIndicator = false };

        // best = 10: (0 + 10 + 20 + 30) / 4 and 0.2·10 + 0.3·20 + 0.4·30
        Assert.Multiple(() =>
        {
            Assert.That(Value(FourRegions(), adverse, InequalityMeasures.Mdbu), Is.EqualTo(15).Within(1e-12));
            Assert.That(Value(FourRegions(), adverse, InequalityMeasures.Mdbw), Is.EqualTo(20).Within(1e-12));
        });
    }

    [Test]
    public void Theil_index_and_mean_log_deviation_worked_by_hand()
    {
        double[] p = [0.1, 0.2, 0.3, 0.4];
        double[] ratio = [1.0 / 3, 2.0 / 3, 1.0, 4.0 / 3];
        var ti = 0.0;
        var mld = 0.0;
        for (var j = 0; j < 4; j++)
        {
            ti += p[j] * ratio[j] * Math.Log(ratio[j]);
            mld -= p[j] * Math.Log(ratio[j]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Value(FourRegions(), PercentFavourableRegions, InequalityMeasures.Ti), Is.EqualTo(1000 * ti).Within(1e-9));
            Assert.That(Value(FourRegions(), PercentFavourableRegions, InequalityMeasures.Mld), Is.EqualTo(1000 * mld).Within(1e-9));
        });
    }

    [Test]
    public void Theil_index_equals_theils_t_times_1000_for_equal_populations()
    {
        double[] y = [3.5, 7.25, 12.0, 1.75, 9.0];
        var groups = y.Select((v, i) => new SubgroupEstimate("g" + i, v, Population: 250)).ToList();
        var mean = y.Average();
        var theil = y.Sum(v => v / mean * Math.Log(v / mean)) / y.Length;

        Assert.That(Value(groups, PercentFavourableRegions, InequalityMeasures.Ti), Is.EqualTo(1000 * theil).Within(1e-9));
    }

    [Test]
    public void Gini_with_equal_populations_is_the_ordinary_gini()
    {
        double[] y = [3.5, 7.25, 12.0, 1.75, 9.0];
        var groups = y.Select((v, i) => new SubgroupEstimate("g" + i, v, Population: 3)).ToList();
        var sum = 0.0;
        foreach (var a in y)
        {
            foreach (var b in y)
            {
                sum += Math.Abs(a - b);
            }
        }

        var gini = sum / (2.0 * y.Length * y.Length * y.Average());

        Assert.That(Value(groups, PercentFavourableRegions, InequalityMeasures.Gini), Is.EqualTo(gini).Within(1e-12));
    }

    [Test]
    public void Bgv_analytic_standard_error_worked_by_hand()
    {
        // p²s² = (0.01, 0.16, 0.81, 2.56); Σ p²s²(y − μ)² = 4 + 16 + 0 + 256 = 276; (Σ p²s²)² = 3.54² = 12.5316;
        // Σ p⁴s⁴ = 7.2354; Σ p²(1 − p)²s⁴ = 0.0081 + 0.4096 + 3.5721 + 14.7456 = 18.7354.
        var se = Math.Sqrt(4 * 276 + 2 * (12.5316 - 7.2354 + 18.7354));
        var bgv = Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Bgv);

        Assert.Multiple(() =>
        {
            Assert.That(bgv.Se, Is.EqualTo(se).Within(1e-9));
            Assert.That(bgv.CiLb, Is.EqualTo(100 - Z95 * se).Within(1e-9));
        });
    }

    [Test]
    public void Theil_and_mld_standard_errors_are_on_the_same_times_1000_scale_as_the_index()
    {
        double[] p = [0.1, 0.2, 0.3, 0.4];
        double[] y = [10, 20, 30, 40];
        double[] se = [1, 2, 3, 4];
        var centre = 0.0;
        for (var j = 0; j < 4; j++)
        {
            centre += p[j] * (y[j] / 30) * (1 + Math.Log(y[j] / 30));
        }

        double tiVar = 0, mldVar = 0;
        for (var j = 0; j < 4; j++)
        {
            var r = y[j] / 30;
            tiVar += Math.Pow(1 + Math.Log(r) - centre, 2) * p[j] * p[j] * se[j] * se[j] / 900;
            mldVar += se[j] * se[j] * p[j] * p[j] / 900 * Math.Pow(1 - 1 / r, 2);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Ti).Se, Is.EqualTo(1000 * Math.Sqrt(tiVar)).Within(1e-9));
            Assert.That(Single(FourRegions(), PercentFavourableRegions, InequalityMeasures.Mld).Se, Is.EqualTo(1000 * Math.Sqrt(mldVar)).Within(1e-9));
        });
    }

    [Test]
    public void Unweighted_measures_use_the_setting_average_when_populations_are_unknown()
    {
        var groups = FourRegions().Select(s => s with { Population = null }).ToList();
        var context = PercentFavourableRegions with { SettingAverage = 20 };

        Assert.Multiple(() =>
        {
            Assert.That(Value(groups, context, InequalityMeasures.Mdmu), Is.EqualTo((10 + 0 + 10 + 20) / 4.0).Within(1e-12));
            Assert.That(Value(groups, context, InequalityMeasures.Idisu), Is.EqualTo(100 * 10.0 / 20).Within(1e-12));
            Assert.That(Value(groups, context, InequalityMeasures.Mdbu), Is.EqualTo(15).Within(1e-12));
            Assert.That(Single(groups, context, InequalityMeasures.Bgv).NotComputedReason, Does.Contain("population"));
        });
    }

    [Test]
    public void Percentile_measures_use_type_7_quantiles_from_31_subgroups()
    {
        // Estimates 1..31: P20 = 1 + 30·0.2 = 7, P80 = 1 + 30·0.8 = 25.
        var groups = Enumerable.Range(1, 31).Select(i => new SubgroupEstimate("a" + i, i, Population: 1)).ToList();

        var results = InequalityCalculator.Compute(groups, PercentFavourableRegions);

        Assert.Multiple(() =>
        {
            Assert.That(results.Single(r => r.Measure == InequalityMeasures.P80P20Ratio).Estimate, Is.EqualTo(25.0 / 7).Within(1e-12));
            Assert.That(results.Single(r => r.Measure == InequalityMeasures.P80P20Difference).Estimate, Is.EqualTo(18).Within(1e-12));
            Assert.That(results.Select(r => r.Measure), Has.No.Member(InequalityMeasures.P90P10Ratio), "P90/P10 needs more than 60 subgroups");
        });
    }

    [Test]
    public void Percentile_measures_appear_above_60_and_100_subgroups()
    {
        var groups = Enumerable.Range(1, 101).Select(i => new SubgroupEstimate("a" + i, i, Population: 1)).ToList();

        var results = InequalityCalculator.Compute(groups, PercentFavourableRegions, new InequalityOptions { SimulationDraws = 0 });

        // P5 = 1 + 100·0.05 = 6, P95 = 96; P10 = 11, P90 = 91.
        Assert.Multiple(() =>
        {
            Assert.That(results.Single(r => r.Measure == InequalityMeasures.P95P5Ratio).Estimate, Is.EqualTo(16).Within(1e-12));
            Assert.That(results.Single(r => r.Measure == InequalityMeasures.P90P10Difference).Estimate, Is.EqualTo(80).Within(1e-12));
        });
    }
}
