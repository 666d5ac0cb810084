namespace IndicatorHub.Charts.Tests.Spine;

public class SpineLayoutTests
{
    // Sample: benchmark 50, min 30, p25 45, p75 60, max 80, value 40. The farthest point is max, 30 from the
    // benchmark, so one unit is 1/60 of the strip: 40 → 0.5 − 10/60, 80 → 1, 30 → 0.5 − 20/60.

    [Test]
    public void Benchmark_is_at_the_centre()
    {
        Assert.That(SpineLayout.Compute(ChartSamples.Spine()).Benchmark, Is.EqualTo(0.5));
    }

    [Test]
    public void Value_below_the_benchmark_lands_left_of_centre_when_higher_is_better()
    {
        var positions = SpineLayout.Compute(ChartSamples.Spine(higherIsBetter: true));

        Assert.Multiple(() =>
        {
            Assert.That(positions.Value, Is.EqualTo(0.5 - 10.0 / 60).Within(1e-12));
            Assert.That(positions.Max, Is.EqualTo(1.0).Within(1e-12), "best end on the right");
            Assert.That(positions.Min, Is.EqualTo(0.5 - 20.0 / 60).Within(1e-12));
        });
    }

    [Test]
    public void Mirrored_when_lower_is_better_so_the_better_end_stays_on_the_right()
    {
        var positions = SpineLayout.Compute(ChartSamples.Spine(higherIsBetter: false));

        Assert.Multiple(() =>
        {
            Assert.That(positions.Value, Is.EqualTo(0.5 + 10.0 / 60).Within(1e-12), "a low value is good: right of centre");
            Assert.That(positions.Max, Is.EqualTo(0.0).Within(1e-12), "the worst (highest) value at the left edge");
            Assert.That(positions.Min, Is.EqualTo(0.5 + 20.0 / 60).Within(1e-12));
            Assert.That(positions.RangeLeft, Is.EqualTo(positions.Max));
            Assert.That(positions.RangeRight, Is.EqualTo(positions.Min));
            Assert.That(positions.InnerLeft, Is.EqualTo(positions.P75));
        });
    }

    [Test]
    public void Spread_fits_symmetrically_around_the_benchmark()
    {
        var positions = SpineLayout.Compute(ChartSamples.Spine());
        double[] all = [positions.Min, positions.P25, positions.P75, positions.Max, positions.Value];

        Assert.Multiple(() =>
        {
            Assert.That(all, Is.All.InRange(0.0, 1.0));
            Assert.That(all.Max(position => Math.Abs(position - 0.5)), Is.EqualTo(0.5).Within(1e-12), "the farthest mark touches an edge");
        });
    }

    [Test]
    public void Value_outside_the_spread_still_fits_on_the_strip()
    {
        var positions = SpineLayout.Compute(ChartSamples.Spine() with { Value = 110 });

        Assert.Multiple(() =>
        {
            Assert.That(positions.Value, Is.EqualTo(1.0).Within(1e-12));
            Assert.That(positions.Max, Is.EqualTo(0.5 + 30.0 / 120).Within(1e-12));
        });
    }

    [Test]
    public void No_spread_puts_everything_at_the_centre()
    {
        var positions = SpineLayout.Compute(new SpineChartData("x", 5, 5, 5, 5, 5, 5, true));

        Assert.That(new[] { positions.Min, positions.P25, positions.P75, positions.Max, positions.Value }, Is.All.EqualTo(0.5));
    }

    [Test]
    public void Table_is_one_row_of_the_spread()
    {
        var table = ChartSamples.Spine().ToTable();

        Assert.Multiple(() =>
        {
            Assert.That(table.Columns, Is.EqualTo(new[] { "indicator", "min", "p25", "p75", "max", "benchmark", "value" }));
            Assert.That(table.Rows, Has.Count.EqualTo(1));
            Assert.That(table.Rows[0].Select(cell => cell.Number), Is.EqualTo(new double?[] { null, 30, 45, 60, 80, 50, 40 }));
            Assert.That(table.Rows[0][0].Text, Is.EqualTo("Bra självskattad hälsa"));
        });
    }
}
