using IndicatorHub.Core.Comparison;

namespace IndicatorHub.Core.Tests.Comparison;

public sealed class BenchmarkComparisonTests
{
    // Five municipalities 10, 20, 30, 40, 50: n − 1 = 4, so h = 1 for the 25th and h = 3 for the 75th percentile,
    // which fall exactly on 20 and 40 (no interpolation).
    private static readonly MunicipalitySpread Five = MunicipalitySpread.FromValues([50, 10, 40, 20, 30])!;

    [Test]
    public void Spread_of_five_values_has_its_quartiles_on_the_second_and_fourth()
    {
        Assert.That(Five, Is.EqualTo(new MunicipalitySpread(5, 10, 20, 30, 40, 50)));
    }

    [Test]
    public void Spread_interpolates_between_order_statistics()
    {
        // 1, 2, 3, 4: h(25) = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75; h(75) = 2.25 → 3 + 0.25 × 1 = 3.25; median 2.5.
        var spread = MunicipalitySpread.FromValues([4, 3, 2, 1, double.NaN])!;
        Assert.That((spread.Count, spread.P25, spread.Median, spread.P75), Is.EqualTo((4, 1.75, 2.5, 3.25)));
    }

    [TestCase(40.0, true, ComparisonStatus.MiddleHalf, TestName = "A value exactly on the 75th percentile is in the middle half")]
    [TestCase(20.0, true, ComparisonStatus.MiddleHalf, TestName = "A value exactly on the 25th percentile is in the middle half")]
    [TestCase(40.5, true, ComparisonStatus.BestQuarter, TestName = "Above the 75th percentile is the best quarter when higher is better")]
    [TestCase(19.5, true, ComparisonStatus.WorstQuarter, TestName = "Below the 25th percentile is the worst quarter when higher is better")]
    [TestCase(40.5, false, ComparisonStatus.WorstQuarter, TestName = "Above the 75th percentile is the worst quarter when lower is better")]
    [TestCase(19.5, false, ComparisonStatus.BestQuarter, TestName = "Below the 25th percentile is the best quarter when lower is better")]
    public void Quartile_rule(double value, bool higherIsBetter, ComparisonStatus expected)
    {
        var result = BenchmarkComparison.Compare(new AreaEstimate(value), benchmark: 30, Five, higherIsBetter);
        Assert.That(result, Is.EqualTo(new ComparisonResult(expected, ComparisonMethod.Quartile, ComparisonReason.None)));
    }

    [Test]
    public void Quartile_rule_without_direction_says_highest_or_lowest()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BenchmarkComparison.ByQuartile(41, Five, null).Status, Is.EqualTo(ComparisonStatus.HighestQuarter));
            Assert.That(BenchmarkComparison.ByQuartile(19, Five, null).Status, Is.EqualTo(ComparisonStatus.LowestQuarter));
            Assert.That(BenchmarkComparison.ByQuartile(30, Five, null).Status, Is.EqualTo(ComparisonStatus.MiddleHalf));
        });
    }

    [Test]
    public void Quartiles_need_four_municipalities()
    {
        var three = MunicipalitySpread.FromValues([1, 2, 3]);
        Assert.That(BenchmarkComparison.ByQuartile(3, three, true),
            Is.EqualTo(new ComparisonResult(ComparisonStatus.NotCompared, ComparisonMethod.None, ComparisonReason.TooFewMunicipalities)));
    }

    // Area 50 with 95 % interval 45–55 and no SE: half-width 5, so the 99.8 % interval is 50 ± 5 × 3.0902 / 1.9600
    // = 50 ± 7.8834, i.e. 42.1166–57.8834.
    private static readonly AreaEstimate WithInterval = new(50, 45, 55);

    [TestCase(45.0, ComparisonStatus.Similar, TestName = "Riket exactly on the interval's lower edge is similar")]
    [TestCase(55.0, ComparisonStatus.Similar, TestName = "Riket exactly on the interval's upper edge is similar")]
    [TestCase(44.99, ComparisonStatus.Better, TestName = "Riket just below the 95 % interval: better when higher is better")]
    [TestCase(42.2, ComparisonStatus.Better, TestName = "Riket inside the 99.8 % interval is better, not significantly")]
    [TestCase(42.1, ComparisonStatus.SignificantlyBetter, TestName = "Riket below the 99.8 % interval is significantly better")]
    [TestCase(55.01, ComparisonStatus.Worse, TestName = "Riket just above the 95 % interval: worse when higher is better")]
    [TestCase(57.9, ComparisonStatus.SignificantlyWorse, TestName = "Riket above the 99.8 % interval is significantly worse")]
    public void Interval_rule_when_higher_is_better(double riket, ComparisonStatus expected)
    {
        var result = BenchmarkComparison.Compare(WithInterval, riket, Five, higherIsBetter: true);
        Assert.That(result, Is.EqualTo(new ComparisonResult(expected, ComparisonMethod.ConfidenceInterval, ComparisonReason.None)));
    }

    [Test]
    public void Interval_rule_turns_with_the_direction_and_without_one_says_higher_or_lower()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BenchmarkComparison.ByInterval(WithInterval, 44, false).Status, Is.EqualTo(ComparisonStatus.Worse));
            Assert.That(BenchmarkComparison.ByInterval(WithInterval, 58, false).Status, Is.EqualTo(ComparisonStatus.SignificantlyBetter));
            Assert.That(BenchmarkComparison.ByInterval(WithInterval, 44, null).Status, Is.EqualTo(ComparisonStatus.Higher));
            Assert.That(BenchmarkComparison.ByInterval(WithInterval, 56, null).Status, Is.EqualTo(ComparisonStatus.Lower));
        });
    }

    [Test]
    public void The_standard_error_sets_the_998_interval_when_known()
    {
        // SE 2: 99.8 % interval 50 ± 3.0902 × 2 = 43.8195–56.1805 (the scaled 95 % interval would reach 42.1166).
        var withSe = new AreaEstimate(50, 45, 55, StandardError: 2);
        Assert.Multiple(() =>
        {
            Assert.That(BenchmarkComparison.ByInterval(withSe, 43.85, true).Status, Is.EqualTo(ComparisonStatus.Better));
            Assert.That(BenchmarkComparison.ByInterval(withSe, 43.75, true).Status, Is.EqualTo(ComparisonStatus.SignificantlyBetter));
        });
    }

    [Test]
    public void Missing_value_or_benchmark_is_not_compared_with_a_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BenchmarkComparison.Compare(null, 1, Five, true).Reason, Is.EqualTo(ComparisonReason.NoValue));
            Assert.That(BenchmarkComparison.Compare(WithInterval, null, Five, true).Reason, Is.EqualTo(ComparisonReason.NoBenchmark));
        });
    }
}
