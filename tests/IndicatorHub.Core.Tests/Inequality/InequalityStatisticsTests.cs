using IndicatorHub.Core.Inequality;

namespace IndicatorHub.Core.Tests.Inequality;

public class InequalityStatisticsTests
{
    [TestCase(0.975, 1.959963984540054)]   // R: qnorm(0.975)
    [TestCase(0.025, -1.959963984540054)]
    [TestCase(0.995, 2.5758293035489)]      // R: qnorm(0.995)
    [TestCase(0.5, 0.0)]
    [TestCase(1e-10, -6.361340902404056)]   // R: qnorm(1e-10)
    public void Normal_quantile_matches_r(double p, double expected)
    {
        Assert.That(InequalityStatistics.NormalQuantile(p), Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase(0.3)]
    [TestCase(0.01)]
    [TestCase(1e-8)]
    public void Normal_quantile_is_symmetric(double p)
    {
        Assert.That(InequalityStatistics.NormalQuantile(p), Is.EqualTo(-InequalityStatistics.NormalQuantile(1 - p)).Within(1e-6));
    }

    [Test]
    public void Quantile_type_7_interpolates_like_r()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        // R: quantile(1:10, c(0.025, 0.5, 0.975)) = 1.225, 5.5, 9.775
        Assert.Multiple(() =>
        {
            Assert.That(InequalityStatistics.QuantileType7(sorted, 0.025), Is.EqualTo(1.225).Within(1e-12));
            Assert.That(InequalityStatistics.QuantileType7(sorted, 0.5), Is.EqualTo(5.5).Within(1e-12));
            Assert.That(InequalityStatistics.QuantileType7(sorted, 0.975), Is.EqualTo(9.775).Within(1e-12));
        });
    }

    [Test]
    public void Random_stream_is_fixed_by_its_seed()
    {
        var a = new InequalityRandom(42);
        var b = new InequalityRandom(42);
        var c = new InequalityRandom(43);
        var first = new ulong[5];
        for (var i = 0; i < 5; i++)
        {
            first[i] = a.NextUInt64();
            Assert.That(b.NextUInt64(), Is.EqualTo(first[i]));
        }

        Assert.That(c.NextUInt64(), Is.Not.EqualTo(first[0]));
    }

    [Test]
    public void Random_stream_matches_the_xoshiro256_star_star_reference_for_a_known_state()
    {
        // SplitMix64 from seed 0 gives 0xE220A8397B1DCDAF as its first output (Vigna's splitmix64.c); xoshiro256** then
        // returns rotl(s1 · 5, 7) · 9 with s1 the second SplitMix64 output, 0x6E789E6AA1B965F4.
        var s1 = unchecked(0x6E789E6AA1B965F4UL * 5);
        var expected = unchecked(((s1 << 7) | (s1 >> 57)) * 9);

        Assert.That(new InequalityRandom(0).NextUInt64(), Is.EqualTo(expected));
    }

    [Test]
    public void Normal_deviates_have_mean_zero_and_unit_variance()
    {
        var random = new InequalityRandom(7);
        const int n = 200_000;
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < n; i++)
        {
            var z = random.NextStandardNormal();
            sum += z;
            sumSquares += z * z;
        }

        Assert.Multiple(() =>
        {
            Assert.That(sum / n, Is.EqualTo(0).Within(0.01));
            Assert.That(sumSquares / n, Is.EqualTo(1).Within(0.01));
        });
    }
}
