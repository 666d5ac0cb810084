namespace IndicatorHub.Charts.Tests.Histogram;

/// <summary>Bins by hand: k = ⌈log₂ n⌉ + 1 (Sturges), width the round number (1, 2, 2.5, 5 × 10ⁿ) at or above range ÷ k.</summary>
public class HistogramChartDataTests
{
    private static HistogramChartData Of(params double[] values) => new(ChartSamples.Caption(), values, "count");

    [Test]
    public void Five_values_make_four_bins_of_width_two_from_zero()
    {
        // n = 5: k = ⌈2.32⌉ + 1 = 4; range 7 − 1 = 6, 6 / 4 = 1.5 → width 2; start ⌊1 / 2⌋ × 2 = 0; 7 lies in [6, 8).
        var bins = Of(1, 2, 2, 3, 7).Bins();

        Assert.That(bins, Is.EqualTo(new[]
        {
            new HistogramBin(0, 2, 1),
            new HistogramBin(2, 4, 3),
            new HistogramBin(4, 6, 0),
            new HistogramBin(6, 8, 1),
        }));
    }

    [Test]
    public void A_value_on_an_edge_belongs_to_the_bin_it_opens_despite_binary_fractions()
    {
        // n = 4: k = 3; range 0.5, 0.5 / 3 = 0.167 → width 0.2; 0.6 / 0.2 is 2.9999999999999996 in binary, still bin [0.6, 0.8).
        var bins = Of(0.1, 0.3, 0.5, 0.6).Bins();

        Assert.Multiple(() =>
        {
            Assert.That(bins.Select(b => b.Count), Is.EqualTo(new[] { 1, 1, 1, 1 }));
            Assert.That(bins.Select(b => b.Lower), Is.EqualTo(new[] { 0, 0.2, 0.4, 0.6 }), "edges as written, not 0.6000000000000001");
            Assert.That(bins[^1].Upper, Is.EqualTo(0.8));
        });
    }

    [Test]
    public void Equal_values_make_one_bin_of_width_one_and_no_values_make_none()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Of(5, 5, 5).Bins(), Is.EqualTo(new[] { new HistogramBin(5, 6, 3) }));
            Assert.That(Of().Bins(), Is.Empty);
            Assert.That(Of(double.NaN, 4).Bins(), Is.EqualTo(new[] { new HistogramBin(4, 5, 1) }), "a missing value is not counted");
        });
    }

    [Test]
    public void Table_is_from_to_and_the_count_label_one_row_per_bin()
    {
        var table = (Of(1, 2, 2, 3, 7) with { CountLabel = "Antal kommuner" }).ToTable(new ChartTableWords { From = "Från", To = "Till" });

        Assert.Multiple(() =>
        {
            Assert.That(table.Columns, Is.EqualTo(new[] { "Från", "Till", "Antal kommuner" }));
            Assert.That(table.Rows.Select(r => r.Select(c => c.Number)), Is.EqualTo(new[]
            {
                new double?[] { 0, 2, 1 }, new double?[] { 2, 4, 3 }, new double?[] { 4, 6, 0 }, new double?[] { 6, 8, 1 },
            }));
        });
    }

    [TestCase(1.5, 2)]
    [TestCase(0.167, 0.2)]
    [TestCase(2.1, 2.5)]
    [TestCase(3, 5)]
    [TestCase(7, 10)]
    [TestCase(10, 10)]
    [TestCase(0.05, 0.05)]
    public void Width_is_the_round_number_at_or_above(double raw, double width)
    {
        Assert.That(HistogramChartData.RoundWidth(raw), Is.EqualTo(width).Within(1e-12));
    }
}
