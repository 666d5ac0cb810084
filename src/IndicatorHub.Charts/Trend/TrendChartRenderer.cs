using ScottPlot;

namespace IndicatorHub.Charts;

/// <summary>Draws <see cref="TrendChartData"/>: one line per series, a translucent band where limits exist.</summary>
internal static class TrendChartRenderer
{
    public static byte[] Render(TrendChartData data, ChartRenderOptions options)
    {
        var legend = new List<LegendEntry>();
        foreach (var series in data.Series)
        {
            legend.Add(new LegendEntry(series.Label, ChartStyle.ForOutput(ChartPalette.ForRole(series.Role), options.Format), LegendSymbol.Line));
        }

        if (data.IntervalLabel is { } intervalLabel && data.Series.Any(series => series.HasLimits))
        {
            var first = data.Series.First(series => series.HasLimits);
            legend.Add(new LegendEntry(intervalLabel, ChartPalette.ForRole(first.Role), LegendSymbol.Band));
        }

        return ChartFrame.Render(data.Caption, legend, options, (canvas, area) =>
        {
            using var plot = ChartStyle.NewPlot(options.Culture);
            plot.Axes.Left.Label.Text = data.Caption.Unit;

            // Bands first so every line is drawn over them.
            foreach (var series in data.Series.Where(series => series.HasLimits))
            {
                var style = ChartPalette.ForRole(series.Role);
                var ordered = series.Points.OrderBy(point => point.Year);
                foreach (var inBand in TimeAxis.Runs(ordered, point => point.Lower.HasValue && point.Upper.HasValue))
                {
                    if (inBand.Count == 1)
                    {
                        // A lone interval has no width as a band; an error bar shows it.
                        var only = inBand[0];
                        var bar = plot.Add.Line(only.Year, only.Lower!.Value, only.Year, only.Upper!.Value);
                        bar.Color = style.Color.WithAlpha(0.45);
                        bar.LineWidth = 4;
                        continue;
                    }

                    var fill = plot.Add.FillY(
                        inBand.Select(point => (double)point.Year).ToArray(),
                        inBand.Select(point => point.Upper!.Value).ToArray(),
                        inBand.Select(point => point.Lower!.Value).ToArray());
                    fill.FillColor = style.Color.WithAlpha(ChartStyle.BandAlpha / 255.0);
                    fill.LineWidth = 0;
                    fill.MarkerSize = 0;
                }
            }

            foreach (var series in data.Series)
            {
                var style = ChartStyle.ForOutput(ChartPalette.ForRole(series.Role), options.Format);
                var ordered = series.Points.OrderBy(point => point.Year);
                foreach (var segment in TimeAxis.Runs(ordered, point => point.Value.HasValue && double.IsFinite(point.Value.Value)))
                {
                    var scatter = plot.Add.Scatter(
                        segment.Select(point => (double)point.Year).ToArray(),
                        segment.Select(point => point.Value!.Value).ToArray());
                    ChartStyle.Apply(scatter, style);
                }
            }

            TimeAxis.Apply(plot, data.Periods(), area.Width);
            ChartFrame.RenderPlot(canvas, plot, area);
        });
    }
}
