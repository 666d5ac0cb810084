using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Core.Tests.Inequality;

/// <summary>
/// PHEindicatormethods' own reference values for phe_sii (tests/testthat/testdata_SII.xlsx, copied as
/// TestData/phe-sii/testdata_SII.csv). The arguments of each block come from the package's tests/testthat/testSII.R.
/// </summary>
public class PheSlopeIndexSheetTests
{
    // Relative tolerance for Monte Carlo limits. Both the sheet's limits and ours carry Monte Carlo error, which scales
    // with the spread of the simulated index, not with the limit's distance from zero; so the tolerance is relative to
    // the larger of the limit and the interval's half-width (a 99 % lower limit of 1.9 on an sii of 6.9 would otherwise
    // be held to ±0.06 while each side's own error is about ±0.04).
    private const double MonteCarloTolerance = 0.03;

    private static readonly Dictionary<string, BlockSpec> Specs = new(StringComparer.Ordinal)
    {
        ["default (e.g. life expectancy) - default parameters"] = new(PheValueType.Other, false, 1, [0.95]),
        ["default - testing 99% confidence"] = new(PheValueType.Other, false, 1, [0.99]),
        ["default - testing 10,000 repetitions"] = new(PheValueType.Other, false, 1, [0.95]),
        ["default - testing quintiles"] = new(PheValueType.Other, false, 1, []),
        ["rate (e.g. infant mortality) - default parameters"] = new(PheValueType.Rate, false, 1, [0.95]),
        ["proportion (e.g. child obesity) - default parameters"] = new(PheValueType.Proportion, false, 1, [0.95]),
        ["proportion - testing multiplier (x 100)"] = new(PheValueType.Proportion, false, 100, [0.95]),
        ["proportion - testing multiplier (x -100)"] = new(PheValueType.Proportion, false, -100, [0.95]),
        ["default (e.g. life expectancy) - multiple CIs"] = new(PheValueType.Other, false, 1, [0.95, 0.99]),
        ["default (e.g. life expectancy) - intercept"] = new(PheValueType.Other, false, 1, [0.95]),
        ["rate (e.g. infant mortality) - intercept"] = new(PheValueType.Rate, false, 1, [0.95]),
        // testSII.R runs this block with value_type = 1 (see the sheet's README).
        ["proportion (e.g. child obesity) - intercept"] = new(PheValueType.Rate, false, 1, [0.95]),
        ["rate (e.g. infant mortality) - log transform with intercept"] = new(PheValueType.Rate, true, 1, [0.95]),
        ["proportion (e.g. child obesity) - logit transform with intercept"] = new(PheValueType.Proportion, true, 1, [0.95]),
        ["proportion (e.g. child obesity) - logit transform with negative multiplier"] = new(PheValueType.Proportion, true, -1, [0.95]),
        ["rate (e.g. infant mortality) - log transform with multiple Cis (95 and 98)"] = new(PheValueType.Rate, true, 1, [0.95, 0.98]),
        ["rate (e.g. infant mortality) - log transform with negative multiplier"] = new(PheValueType.Rate, true, -1, [0.95]),
        ["rate (e.g. infant mortality) - log transform with 98% CI"] = new(PheValueType.Rate, true, 1, [0.98]),
        ["rate (e.g. infant mortality) - log transform without rii"] = new(PheValueType.Rate, true, 1, [0.95]),
        ["proportion (e.g. child obesity) - logit transform without rii"] = new(PheValueType.Proportion, true, 1, [0.95]),
        ["proportion (e.g. child obesity) - logit transform with 98% cis"] = new(PheValueType.Proportion, true, 1, [0.98]),
        ["proportion (e.g. child obesity) - logit transform with 95% and 98% cis"] = new(PheValueType.Proportion, true, 1, [0.95, 0.98]),
    };

    private static List<Dictionary<string, string>>? s_rows;

    public static IEnumerable<TestCaseData> Blocks()
    {
        foreach (var group in Rows().GroupBy(r => (r["TestDescription"], r["Area"])))
        {
            if (Specs.ContainsKey(group.Key.Item1))
            {
                yield return new TestCaseData(group.Key.Item1, group.Key.Item2).SetName($"Sheet block: {group.Key.Item1} / {group.Key.Item2}");
            }
        }
    }

    [Test]
    public void Every_block_with_expected_values_is_covered()
    {
        var withExpected = Rows().Where(r => r["sii"].Length > 0).Select(r => r["TestDescription"]).Distinct();

        Assert.That(withExpected, Is.SubsetOf(Specs.Keys));
        Assert.That(Blocks().Count(), Is.EqualTo(44));
    }

    [TestCaseSource(nameof(Blocks))]
    public void Sii_rii_and_intercept_match_the_sheet_and_limits_agree_within_monte_carlo_error(string description, string area)
    {
        var rows = Block(description, area);
        var spec = Specs[description];
        var first = rows[0];
        var result = PheSlopeIndex.Compute(Inputs(rows, useSe: false), Options(spec));

        Assert.That(result.NotComputedReason, Is.Null);
        Assert.Multiple(() =>
        {
            AssertExact(result.Sii, first.Number("sii"), "sii");
            AssertExact(result.Rii, first.Number("rii"), "rii");
            AssertExact(result.Intercept, first.Number("Intercept"), "intercept");
            for (var i = 0; i < spec.Levels.Length; i++)
            {
                var ci = result.Intervals[i];
                var suffix = "_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var siiLower = first.Number("sii_lowercl" + suffix);
                var siiUpper = first.Number("sii_uppercl" + suffix);
                var riiLower = first.Number("rii_lowercl" + suffix);
                var riiUpper = first.Number("rii_uppercl" + suffix);
                AssertMonteCarlo(ci.SiiLower, siiLower, siiUpper - siiLower, "sii lower" + suffix);
                AssertMonteCarlo(ci.SiiUpper, siiUpper, siiUpper - siiLower, "sii upper" + suffix);
                AssertMonteCarlo(ci.RiiLower, riiLower, riiUpper - riiLower, "rii lower" + suffix);
                AssertMonteCarlo(ci.RiiUpper, riiUpper, riiUpper - riiLower, "rii upper" + suffix);
            }
        });
    }

    [TestCase("area1")]
    [TestCase("area2")]
    public void Untransformed_limits_match_the_normal_theory_interval(string area)
    {
        // Without a transform the simulated slope is a linear combination of normals, so its limits must approach
        // sii ± z · sd with sd² = Σ c_j² se_j², c_j the weighted-least-squares weights of the slope.
        var rows = Block("default (e.g. life expectancy) - multiple CIs", area);
        var inputs = Inputs(rows, useSe: true);
        var total = inputs.Sum(q => q.Population);
        var x = new double[inputs.Count];
        var before = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            x[j] = (before + inputs[j].Population / 2) / total;
            before += inputs[j].Population;
        }

        var mean = inputs.Select((q, j) => q.Population / total * x[j]).Sum();
        var variance = inputs.Select((q, j) => q.Population / total * (x[j] - mean) * (x[j] - mean)).Sum();
        var sd = Math.Sqrt(inputs.Select((q, j) => Math.Pow(q.Population / total * (x[j] - mean) / variance * q.Se!.Value, 2)).Sum());

        var result = PheSlopeIndex.Compute(inputs, new PheSlopeIndexOptions { ConfidenceLevels = [0.95, 0.99] });

        Assert.Multiple(() =>
        {
            // The Monte Carlo error of a 2.5 % or 0.5 % quantile from 100 000 draws is below 0.01 · sd.
            Assert.That(result.Intervals[0].SiiLower, Is.EqualTo(result.Sii - 1.959963984540054 * sd).Within(0.04 * sd));
            Assert.That(result.Intervals[0].SiiUpper, Is.EqualTo(result.Sii + 1.959963984540054 * sd).Within(0.04 * sd));
            Assert.That(result.Intervals[1].SiiLower, Is.EqualTo(result.Sii - 2.5758293035489 * sd).Within(0.06 * sd));
            Assert.That(result.Intervals[1].SiiUpper, Is.EqualTo(result.Sii + 2.5758293035489 * sd).Within(0.06 * sd));
        });
    }

    [Test]
    public void Supplying_standard_errors_instead_of_limits_gives_the_same_interval()
    {
        var rows = Block("rate (e.g. infant mortality) - default parameters", "area1");
        var spec = Specs["rate (e.g. infant mortality) - default parameters"];

        var fromLimits = PheSlopeIndex.Compute(Inputs(rows, useSe: false), Options(spec));
        var fromSe = PheSlopeIndex.Compute(Inputs(rows, useSe: true), Options(spec));

        Assert.Multiple(() =>
        {
            Assert.That(fromSe.Sii, Is.EqualTo(fromLimits.Sii));
            Assert.That(fromSe.Intervals[0].SiiLower, Is.EqualTo(fromLimits.Intervals[0].SiiLower).Within(1e-3 * Math.Abs(fromLimits.Intervals[0].SiiLower)));
        });
    }

    [Test]
    public void Same_seed_gives_the_same_limits_and_fewer_repetitions_are_allowed()
    {
        var rows = Block("default (e.g. life expectancy) - default parameters", "area1");
        var options = Options(Specs["default (e.g. life expectancy) - default parameters"]) with { Repetitions = 500 };

        var a = PheSlopeIndex.Compute(Inputs(rows, false), options);
        var b = PheSlopeIndex.Compute(Inputs(rows, false), options);

        Assert.That(a.Intervals[0], Is.EqualTo(b.Intervals[0]));
    }

    [TestCase("error handling - negative populations", PheValueType.Other, false, "positive population")]
    [TestCase("error handling - negative counts/standard error", PheValueType.Other, true, "not negative")]
    [TestCase("error handling - invalid proportion in CLs", PheValueType.Proportion, false, "between 0 and 1")]
    [TestCase("error handling - missing value field", PheValueType.Other, false, "needs a value")]
    [TestCase("error handling - missing confidence limits and se", PheValueType.Other, false, "standard error or both confidence limits")]
    [TestCase("warning handling - missing populations, counts or values", PheValueType.Other, false, "positive population")]
    public void Invalid_blocks_of_the_sheet_are_not_computed(string description, PheValueType type, bool useSe, string reason)
    {
        var rows = Block(description, "area1").Concat(Block(description, "area3")).ToList();

        var result = PheSlopeIndex.Compute(Inputs(rows, useSe), new PheSlopeIndexOptions { ValueType = type, Repetitions = 1000 });

        Assert.That(result.NotComputedReason, Does.Contain(reason));
    }

    [Test]
    public void More_than_ten_quantiles_are_accepted()
    {
        var rows = Block("warning handling - large number of quantiles (>10)", "area1");

        var result = PheSlopeIndex.Compute(Inputs(rows, false), new PheSlopeIndexOptions { Repetitions = 1000 });

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.GreaterThan(10));
            Assert.That(result.NotComputedReason, Is.Null);
        });
    }

    private static void AssertExact(double actual, double? expected, string what)
    {
        if (expected is { } e)
        {
            Assert.That(actual, Is.EqualTo(e).Within(1e-9 * Math.Max(1, Math.Abs(e))), what);
        }
    }

    private static void AssertMonteCarlo(double actual, double? expected, double? width, string what)
    {
        if (expected is { } e)
        {
            var scale = Math.Max(Math.Abs(e), Math.Abs(width ?? 0) / 2);
            Assert.That(actual, Is.EqualTo(e).Within(MonteCarloTolerance * scale), what);
        }
    }

    private static PheSlopeIndexOptions Options(BlockSpec spec) => new()
    {
        ValueType = spec.Type,
        Transform = spec.Transform,
        Multiplier = spec.Multiplier,
        ConfidenceLevels = spec.Levels,
        ComputeConfidenceIntervals = spec.Levels.Length > 0,
        Repetitions = 100_000,
    };

    private static List<PheQuantileInput> Inputs(List<Dictionary<string, string>> rows, bool useSe) =>
        rows.Select(r => new PheQuantileInput(
            (int)r.Number("Quantile")!.Value,
            r.Number("Population") ?? double.NaN,
            r.Number("Value") ?? double.NaN,
            r.Number("LowerCL"),
            r.Number("UpperCL"),
            useSe ? r.Number("StandardError") : null)).ToList();

    private static List<Dictionary<string, string>> Block(string description, string area) =>
        Rows().Where(r => r["TestDescription"] == description && r["Area"] == area).ToList();

    private static List<Dictionary<string, string>> Rows() =>
        s_rows ??= InequalityCsvReader.Read(Path.Combine("TestData", "phe-sii", "testdata_SII.csv"));

    private sealed record BlockSpec(PheValueType Type, bool Transform, double Multiplier, double[] Levels);
}
