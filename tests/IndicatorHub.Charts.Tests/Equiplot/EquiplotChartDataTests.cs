namespace IndicatorHub.Charts.Tests.Equiplot;

public class EquiplotChartDataTests
{
    [Test]
    public void Table_has_period_then_one_column_per_subgroup()
    {
        var table = ChartSamples.Equiplot().ToTable();

        Assert.Multiple(() =>
        {
            Assert.That(table.Columns, Is.EqualTo(new[] { "period", "Förgymnasial", "Gymnasial", "Eftergymnasial" }));
            Assert.That(table.Rows[0].Select(cell => cell.Number), Is.EqualTo(new double?[] { null, 60, 70, 80 }));
            Assert.That(table.Rows[1][0].Text, Is.EqualTo("2022"));
            Assert.That(table.Rows[1][1].IsEmpty, Is.True, "missing subgroup is empty");
            Assert.That(table.Rows[1][3].Number, Is.EqualTo(82.5));
        });
    }

    [Test]
    public void Row_with_fewer_values_than_subgroups_gets_empty_cells()
    {
        var data = new EquiplotChartData(ChartSamples.Caption(), ["A", "B", "C"], [new EquiplotRow("2020", [1.0])]);

        var row = data.ToTable().Rows[0];

        Assert.That(row.Skip(2).Select(cell => cell.IsEmpty), Is.All.True);
        Assert.DoesNotThrow(() => ChartRenderer.Render(data, ChartSamples.Options(ChartFormat.Png)));
    }
}
