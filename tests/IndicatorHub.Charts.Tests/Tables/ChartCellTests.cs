using System.Globalization;

namespace IndicatorHub.Charts.Tests.Tables;

public class ChartCellTests
{
    [Test]
    public void Number_shows_in_swedish_on_the_page_and_invariant_in_the_csv()
    {
        var cell = ChartCell.Of(-1234.5);

        Assert.Multiple(() =>
        {
            Assert.That(cell.Format(ChartSamples.Swedish), Is.EqualTo("\u22121\u00A0234,5"));
            Assert.That(cell.Format(ChartSamples.Swedish, decimals: 2), Is.EqualTo("\u22121\u00A0234,50"));
            Assert.That(cell.ToInvariantString(), Is.EqualTo("-1234.5"));
        });
    }

    [Test]
    public void Empty_cell_is_empty_text_in_both()
    {
        var cell = ChartCell.Of((double?)null);

        Assert.Multiple(() =>
        {
            Assert.That(cell.IsEmpty, Is.True);
            Assert.That(cell, Is.EqualTo(ChartCell.Empty));
            Assert.That(cell.Format(ChartSamples.Swedish), Is.Empty);
            Assert.That(cell.ToInvariantString(), Is.Empty);
        });
    }

    [Test]
    public void Text_cell_is_shown_as_is()
    {
        Assert.That(ChartCell.Of("2019–2022").Format(CultureInfo.InvariantCulture), Is.EqualTo("2019–2022"));
    }

    [Test]
    public void A_value_that_rounds_to_zero_never_reads_minus_zero()
    {
        Assert.That(ChartNumberFormat.Format(-0.0001, ChartSamples.Swedish), Is.EqualTo("0"));
    }
}
