using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Core.Tests.Inequality;

/// <summary>
/// End-to-end runs on WHO's healthequal example data. WHO publishes no summary measures for these files, so exact values
/// are asserted only where the test derives them itself; otherwise identities and properties.
/// </summary>
public class HeatSampleDataTests
{
    private const double Z95 = 1.959963984540054;

    private static readonly string[] Files =
    [
        "healthequal_OrderedSample.csv",
        "healthequal_OrderedSampleMultipleind.csv",
        "healthequal_NonorderedSample.csv",
        "healthequal_NonorderedSampleMultipleind.csv",
    ];

    private static readonly HashSet<string> AnalyticSe =
        ["d", "bgv", "ti", "mld", "paf", "par", "aci", "rci", "sii"];

    private static readonly HashSet<string> Simulated =
        ["bgsd", "cov", "mdbu", "mdbw", "mdmu", "mdmw", "mdru", "mdrw", "idisu", "idisw", "gini", "p80p20r", "p80p20d"];

    public static IEnumerable<TestCaseData> AllGroups() =>
        Files.SelectMany(f => HeatSampleGroup.Read(f).Select(g => new TestCaseData(f, g.Indicator).SetName($"{f}: {g.Indicator}")));

    [TestCaseSource(nameof(AllGroups))]
    public void Every_applicable_measure_is_computed_with_a_consistent_interval(string file, string indicator)
    {
        var group = HeatSampleGroup.Read(file).Single(g => g.Indicator == indicator);

        var results = InequalityCalculator.Compute(group.Subgroups, group.Context);

        var expectedCount = group.Context.OrderedDimension ? 8 : 4 + 14 + (group.Subgroups.Count > 30 ? 2 : 0);
        Assert.That(results, Has.Count.EqualTo(expectedCount));
        Assert.Multiple(() =>
        {
            foreach (var r in results)
            {
                Assert.That(r.NotComputedReason, Is.Null, r.Measure);
                Assert.That(r.CiLb, Is.Not.Null, r.Measure + " interval");
                Assert.That(r.CiLb!.Value, Is.LessThanOrEqualTo(r.CiUb!.Value), r.Measure);
                if (AnalyticSe.Contains(r.Measure))
                {
                    Assert.That((r.CiLb.Value + r.CiUb.Value) / 2, Is.EqualTo(r.Estimate!.Value).Within(1e-9 * Math.Max(1, Math.Abs(r.Estimate.Value))), r.Measure);
                    Assert.That(r.CiUb.Value - r.CiLb.Value, Is.EqualTo(2 * Z95 * r.Se!.Value).Within(1e-9 * Math.Max(1, r.Se.Value)), r.Measure);
                }
                else if (r.Measure is "r" or "rii")
                {
                    Assert.That(Math.Log(r.CiLb.Value) + Math.Log(r.CiUb.Value), Is.EqualTo(2 * Math.Log(r.Estimate!.Value)).Within(1e-9), r.Measure);
                }
                else
                {
                    Assert.That(Simulated, Does.Contain(r.Measure));
                    Assert.That(r.Se, Is.Null, r.Measure);
                }
            }
        });
    }

    [Test]
    public void Skilled_birth_attendance_by_wealth_quintile()
    {
        var group = HeatSampleGroup.Read(Files[0]).Single();
        var results = InequalityCalculator.Compute(group.Subgroups, group.Context).ToDictionary(r => r.Measure);
        var q1 = group.Estimate("Quintile 1 (poorest)");
        var q5 = group.Estimate("Quintile 5 (richest)");
        var mu = group.WeightedMean();

        // Concentration index by its closed form 2 Σ p y x − μ and the concentration-curve area.
        double before = 0, sumPyx = 0, previousL = 0, twiceArea = 0;
        foreach (var s in group.Subgroups.OrderBy(s => s.Order))
        {
            var p = group.Share(s);
            sumPyx += p * s.Estimate!.Value * (before + p / 2);
            before += p;
            var l = previousL + p * s.Estimate.Value / mu;
            twiceArea += p * (previousL + l);
            previousL = l;
        }

        Assert.Multiple(() =>
        {
            Assert.That(mu, Is.EqualTo(group.Context.SettingAverage!.Value).Within(1e-4), "WHO's setting average is the weighted mean");
            Assert.That(results["d"].Estimate, Is.EqualTo(q5 - q1).Within(1e-12));
            Assert.That(results["r"].Estimate, Is.EqualTo(q5 / q1).Within(1e-12));
            Assert.That(results["par"].Estimate, Is.EqualTo(q5 - mu).Within(1e-9));
            Assert.That(results["paf"].Estimate, Is.EqualTo(100 * (q5 - mu) / mu).Within(1e-9));
            Assert.That(results["aci"].Estimate, Is.EqualTo(2 * sumPyx - mu).Within(1e-9));
            Assert.That(results["rci"].Estimate, Is.EqualTo(1 - twiceArea).Within(1e-12));
            Assert.That(results["sii"].Estimate, Is.Positive);
            Assert.That(results["rii"].Estimate, Is.GreaterThan(1));
        });
    }

    [Test]
    public void Logistic_fit_on_the_wealth_quintiles_satisfies_the_score_equations()
    {
        var group = HeatSampleGroup.Read(Files[0]).Single();
        var sii = InequalityCalculator.Compute(group.Subgroups, group.Context).Single(r => r.Measure == "sii").Estimate!.Value / 100;
        var rii = InequalityCalculator.Compute(group.Subgroups, group.Context).Single(r => r.Measure == "rii").Estimate!.Value;
        var p0 = sii / (rii - 1);
        var b0 = Math.Log(p0 / (1 - p0));
        var b1 = Math.Log(p0 * rii / (1 - p0 * rii)) - b0;

        // HEAT's data preparation done here by hand: n = ceil(N), k = round(y/100 · n), ranks from n.
        var ordered = group.Subgroups.OrderBy(s => s.Order).ToList();
        var n = ordered.Select(s => Math.Ceiling(s.Population!.Value)).ToArray();
        var k = ordered.Select((s, j) => Math.Round(s.Estimate!.Value / 100 * n[j], MidpointRounding.ToEven)).ToArray();
        double before = 0, u0 = 0, u1 = 0;
        for (var j = 0; j < n.Length; j++)
        {
            var x = (before + n[j] / 2) / n.Sum();
            before += n[j];
            var p = 1 / (1 + Math.Exp(-(b0 + b1 * x)));
            u0 += n[j] * (k[j] - n[j] * p);
            u1 += n[j] * (k[j] - n[j] * p) * x;
        }

        Assert.Multiple(() =>
        {
            Assert.That(u0 / n.Sum(), Is.EqualTo(0).Within(1e-6));
            Assert.That(u1 / n.Sum(), Is.EqualTo(0).Within(1e-6));
        });
    }

    [Test]
    public void Under_five_mortality_by_wealth_quintile_is_adverse_and_ignores_the_mistyped_setting_average()
    {
        var group = HeatSampleGroup.Read(Files[1]).Single(g => g.Indicator == HeatSampleGroup.U5mr);
        var results = InequalityCalculator.Compute(group.Subgroups, group.Context).ToDictionary(r => r.Measure);
        var q1 = group.Estimate("Quintile 1 (poorest)");
        var q5 = group.Estimate("Quintile 5 (richest)");
        var mu = group.WeightedMean();

        Assert.Multiple(() =>
        {
            Assert.That(group.Context.SettingAverage, Is.GreaterThan(300), "WHO's sample carries 340.38, ten times the mean");
            Assert.That(mu, Is.EqualTo(34.05).Within(0.01));
            Assert.That(results["d"].Estimate, Is.EqualTo(q1 - q5).Within(1e-12), "adverse: most disadvantaged − most advantaged");
            Assert.That(results["par"].Estimate, Is.EqualTo(q5 - mu).Within(1e-9), "from the population-weighted mean, not 340.38");
            Assert.That(results["par"].Estimate, Is.Negative);
            Assert.That(results["aci"].Estimate, Is.Negative);
            Assert.That(results["sii"].Estimate, Is.Negative);
            Assert.That(results["rii"].Estimate, Is.LessThan(1));
        });
    }

    [Test]
    public void Skilled_birth_attendance_by_province_with_aceh_as_reference()
    {
        var group = HeatSampleGroup.Read(Files[2]).Single();
        var results = InequalityCalculator.Compute(group.Subgroups, group.Context).ToDictionary(r => r.Measure);
        var aceh = group.Estimate("aceh");
        var others = group.Subgroups.Where(s => s.Subgroup != "aceh").Select(s => s.Estimate!.Value).ToList();
        var mu = group.WeightedMean();
        var bgv = group.Subgroups.Sum(s => group.Share(s) * Math.Pow(s.Estimate!.Value - mu, 2));
        var mdru = group.Subgroups.Average(s => Math.Abs(s.Estimate!.Value - aceh));
        var idisw = 100 * group.Subgroups.Sum(s => group.Share(s) * Math.Abs(s.Estimate!.Value - mu)) / mu;
        var sorted = group.Subgroups.Select(s => s.Estimate!.Value).Order().ToList();
        double Type7(double p) => sorted[(int)Math.Floor(33 * p)] + (33 * p - Math.Floor(33 * p)) * (sorted[(int)Math.Floor(33 * p) + 1] - sorted[(int)Math.Floor(33 * p)]);

        Assert.Multiple(() =>
        {
            Assert.That(results["d"].Estimate, Is.EqualTo(aceh - others.Min()).Within(1e-12));
            Assert.That(results["par"].Estimate, Is.EqualTo(aceh - mu).Within(1e-9));
            Assert.That(results["bgv"].Estimate, Is.EqualTo(bgv).Within(1e-9));
            Assert.That(results["bgsd"].Estimate, Is.EqualTo(Math.Sqrt(bgv)).Within(1e-9));
            Assert.That(results["mdru"].Estimate, Is.EqualTo(mdru).Within(1e-9));
            Assert.That(results["mdbu"].Estimate, Is.EqualTo(group.Subgroups.Average(s => 100 - s.Estimate!.Value)).Within(1e-9), "bali reaches 100");
            Assert.That(results["idisw"].Estimate, Is.EqualTo(idisw).Within(1e-9));
            Assert.That(results["p80p20r"].Estimate, Is.EqualTo(Type7(0.8) / Type7(0.2)).Within(1e-12));
            Assert.That(results["ti"].Estimate, Is.Positive);
            Assert.That(results["mld"].Estimate, Is.Positive);
            Assert.That(results["gini"].Estimate, Is.InRange(0.0, 1.0));
        });
    }

    [Test]
    public void Under_five_mortality_by_nigerian_state_with_borno_as_reference()
    {
        var group = HeatSampleGroup.Read(Files[3]).Single(g => g.Indicator == HeatSampleGroup.U5mr);
        var results = InequalityCalculator.Compute(group.Subgroups, group.Context).ToDictionary(r => r.Measure);
        var borno = group.Estimate("borno");
        var others = group.Subgroups.Where(s => s.Subgroup != "borno").Select(s => s.Estimate!.Value).ToList();
        var mu = group.WeightedMean();

        Assert.Multiple(() =>
        {
            Assert.That(group.Subgroups, Has.Count.EqualTo(37));
            Assert.That(results["d"].Estimate, Is.EqualTo(others.Max() - borno).Within(1e-12));
            Assert.That(results["r"].Estimate, Is.EqualTo(others.Max() / borno).Within(1e-12));
            Assert.That(results["par"].Estimate, Is.EqualTo(Math.Min(0, borno - mu)).Within(1e-9));
            Assert.That(results["mdbu"].Estimate, Is.EqualTo(group.Subgroups.Average(s => s.Estimate!.Value - group.Subgroups.Min(g => g.Estimate!.Value))).Within(1e-9));
            Assert.That(results["mdrw"].Estimate, Is.EqualTo(group.Subgroups.Sum(s => group.Share(s) * Math.Abs(s.Estimate!.Value - borno))).Within(1e-9));
        });
    }
}
