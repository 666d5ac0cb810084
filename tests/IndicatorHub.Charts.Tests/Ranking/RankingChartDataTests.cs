namespace IndicatorHub.Charts.Tests.Ranking;

public class RankingChartDataTests
{
    [Test]
    public void Higher_is_better_sorts_the_highest_value_first()
    {
        var names = ChartSamples.Ranking(higherIsBetter: true).Ranked().Select(ranked => ranked.Bar.AreaName);

        Assert.That(names, Is.EqualTo(new[] { "Lund", "Stockholm", "Malmö", "Göteborg" }));
    }

    [Test]
    public void Lower_is_better_sorts_the_lowest_value_first()
    {
        var names = ChartSamples.Ranking(higherIsBetter: false).Ranked().Select(ranked => ranked.Bar.AreaName);

        Assert.That(names, Is.EqualTo(new[] { "Göteborg", "Malmö", "Stockholm", "Lund" }));
    }

    [Test]
    public void Equal_values_share_a_rank_and_the_next_rank_skips()
    {
        var data = ChartSamples.Ranking() with
        {
            Bars =
            [
                new RankingBar("0002", "B", 5, RankingMark.None),
                new RankingBar("0001", "A", 5, RankingMark.None),
                new RankingBar("0003", "C", 9, RankingMark.None),
                new RankingBar("0004", "D", 1, RankingMark.None),
            ],
        };

        var ranked = data.Ranked();

        Assert.Multiple(() =>
        {
            Assert.That(ranked.Select(item => item.Rank), Is.EqualTo(new[] { 1, 2, 2, 4 }));
            Assert.That(ranked.Select(item => item.Bar.AreaCode), Is.EqualTo(new[] { "0003", "0001", "0002", "0004" }), "ties by area code");
        });
    }

    [Test]
    public void Table_columns_are_rank_code_area_value_and_mark_in_drawing_order()
    {
        var table = ChartSamples.Ranking().ToTable();

        Assert.Multiple(() =>
        {
            Assert.That(table.Columns, Is.EqualTo(new[] { "rank", "area code", "area", "value", "mark" }));
            Assert.That(table.Rows[0].Select(cell => cell.Number), Is.EqualTo(new double?[] { 1, null, null, 80, null }));
            Assert.That(table.Rows[0].Select(cell => cell.Text), Is.EqualTo(new[] { null, "1281", "Lund", null, "same county" }));
            Assert.That(table.Rows[2][4].Text, Is.EqualTo("selected"));
            Assert.That(table.Rows[3][4].IsEmpty, Is.True, "unmarked");
        });
    }

    [Test]
    public void Marks_can_be_worded_by_the_page()
    {
        var words = new ChartTableWords { Selected = "vald", SameCounty = "samma län" };

        var marks = ChartSamples.Ranking().ToTable(words).Rows.Select(row => row[4].Text);

        Assert.That(marks, Is.EqualTo(new[] { "samma län", null, "vald", null }));
    }
}
