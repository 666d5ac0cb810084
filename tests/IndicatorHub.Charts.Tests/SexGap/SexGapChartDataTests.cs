namespace IndicatorHub.Charts.Tests.SexGap;

public class SexGapChartDataTests
{
    [Test]
    public void Table_columns_are_period_women_men_and_gap()
    {
        Assert.That(ChartSamples.SexGap().ToTable().Columns, Is.EqualTo(new[] { "period", "Kvinnor", "Män", "Skillnad kvinnor − män" }));
    }

    [Test]
    public void Gap_is_women_minus_men_and_empty_where_either_is_missing()
    {
        var rows = ChartSamples.SexGap().ToTable().Rows;

        Assert.Multiple(() =>
        {
            Assert.That(rows[0][3].Number, Is.EqualTo(68.0 - 74.5));
            Assert.That(rows[1][1].IsEmpty, Is.True, "women 2019 missing");
            Assert.That(rows[1][2].Number, Is.EqualTo(74.0));
            Assert.That(rows[1][3].IsEmpty, Is.True, "no gap without both values");
            Assert.That(rows[2][3].Number, Is.EqualTo(69.5 - 73.0));
        });
    }
}
