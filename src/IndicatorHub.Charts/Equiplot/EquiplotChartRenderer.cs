using ScottPlot;
using ScottPlot.TickGenerators;

namespace IndicatorHub.Charts;

/// <summary>Draws <see cref="EquiplotChartData"/>: per row, a grey line from the lowest to the highest subgroup and a dot per subgroup.</summary>
internal static class EquiplotChartRenderer
{
    private const float DotSize = 11f;

    public static byte[] Render(EquiplotChartData data, ChartRenderOptions options)
    {
        var legend = data.Subgroups
            .Select((name, index) => new LegendEntry(name, ChartPalette.ForSubgroup(index), LegendSymbol.Marker))
            .ToList();

        return ChartFrame.Render(data.Caption, legend, options, (canvas, area) =>
        {
            using var plot = ChartStyle.NewPlot(options.Culture);
            plot.Axes.Bottom.Label.Text = data.Caption.Unit;
            plot.Axes.Bottom.TickGenerator = ChartStyle.NumericTicks(options.Culture, density: 0.5);
            var rowTicks = new NumericManual();

            // The first row is drawn at the top, so rows read downwards in the order given.
            for (var rowIndex = 0; rowIndex < data.Rows.Count; rowIndex++)
            {
                var row = data.Rows[rowIndex];
                double y = data.Rows.Count - 1 - rowIndex;
                rowTicks.AddMajor(y, row.Period);
                var present = row.Values.Take(data.Subgroups.Count).Where(value => value.HasValue && double.IsFinite(value.Value)).Select(value => value!.Value).ToList();
                if (present.Count >= 2)
                {
                    var range = plot.Add.Line(present.Min(), y, present.Max(), y);
                    range.Color = Color.FromHex(ChartPalette.Grey);
                    range.LineWidth = 3;
                }

                for (var index = 0; index < data.Subgroups.Count && index < row.Values.Count; index++)
                {
                    if (row.Values[index] is { } value && double.IsFinite(value))
                    {
                        var style = ChartPalette.ForSubgroup(index);
                        var marker = plot.Add.Marker(value, y, style.Marker, DotSize, style.Color);
                        marker.MarkerLineWidth = 2;
                    }
                }
            }

            plot.Axes.Left.TickGenerator = rowTicks;
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
            var all = data.Rows.SelectMany(row => row.Values).Where(value => value.HasValue && double.IsFinite(value.Value)).Select(value => value!.Value).ToList();
            if (all.Count > 0)
            {
                // Explicit limits with room at both ends, so the dots at the extremes are never cut by the frame.
                var pad = all.Max() > all.Min() ? (all.Max() - all.Min()) * 0.06 : Math.Max(1, Math.Abs(all.Max()) * 0.1);
                plot.Axes.SetLimitsX(all.Min() - pad, all.Max() + pad);
            }

            plot.Axes.SetLimitsY(-0.6, Math.Max(0, data.Rows.Count - 1) + 0.6);
            ChartFrame.RenderPlot(canvas, plot, area);
        });
    }
}
