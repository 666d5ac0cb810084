namespace IndicatorHub.Charts.Tests.Trend;

public class TrendChartDataTests
{
    [Test]
    public void Table_has_period_then_a_value_column_per_series_then_limits_only_for_series_that_have_them()
    {
        var table = ChartSamples.Trend().ToTable();

        Assert.That(table.Columns, Is.EqualTo(new[] { "period", "Malmö", "Riket", "Malmö lower", "Malmö upper" }));
    }

    [Test]
    public void Table_has_a_row_per_period_with_values_and_limits()
    {
        var table = ChartSamples.Trend().ToTable();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(row => row[0].Text), Is.EqualTo(new[] { "2018", "2019", "2020", "2021", "2022" }));
            Assert.That(table.Rows[4].Select(cell => cell.Number), Is.EqualTo(new double?[] { null, 73.1, 73.4, 71.0, 75.2 }));
        });
    }

    [Test]
    public void Missing_value_is_an_empty_cell_not_zero()
    {
        var row2020 = ChartSamples.Trend().ToTable().Rows[2];

        Assert.Multiple(() =>
        {
            Assert.That(row2020[1].IsEmpty, Is.True, "Malmö value");
            Assert.That(row2020[3].IsEmpty, Is.True, "Malmö lower");
            Assert.That(row2020[4].IsEmpty, Is.True, "Malmö upper");
            Assert.That(row2020[2].Number, Is.EqualTo(72.8), "riket has 2020");
        });
    }

    [Test]
    public void Periods_are_the_union_of_all_series_in_time_order()
    {
        var data = new TrendChartData(ChartSamples.Caption(),
        [
            new TrendSeries("A", SeriesRole.Area, [new TrendPoint(2022, "2022", 1, null, null), new TrendPoint(2019, "2019", 2, null, null)]),
            new TrendSeries("B", SeriesRole.County, [new TrendPoint(2020, "2020", 3, null, null)]),
        ]);

        var table = data.ToTable();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(row => row[0].Text), Is.EqualTo(new[] { "2019", "2020", "2022" }));
            Assert.That(table.Rows[1].Select(cell => cell.Number), Is.EqualTo(new double?[] { null, null, 3 }));
        });
    }

    [Test]
    public void Page_words_replace_the_fixed_headings()
    {
        var words = new ChartTableWords { Period = "Period", Lower = "nedre gräns", Upper = "övre gräns" };

        var table = ChartSamples.Trend().ToTable(words);

        Assert.That(table.Columns, Is.EqualTo(new[] { "Period", "Malmö", "Riket", "Malmö nedre gräns", "Malmö övre gräns" }));
    }
}
