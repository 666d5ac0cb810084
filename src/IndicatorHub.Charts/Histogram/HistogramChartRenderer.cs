using ScottPlot;

namespace IndicatorHub.Charts;

/// <summary>
/// Draws <see cref="HistogramChartData"/>: grey bars over the bins, the chosen municipality as a solid blue line with
/// its name and value, riket as riket's dashed line, so the two marks differ by pattern and label as well as colour.
/// </summary>
internal static class HistogramChartRenderer
{
    internal static readonly SeriesStyle Bars = new(ChartPalette.NeutralBar, MarkerShape.None, LinePattern.Solid, 0);
    internal static readonly SeriesStyle Selected = new(ChartPalette.Blue, MarkerShape.None, LinePattern.Solid, 2.5f);

    public static byte[] Render(HistogramChartData data, ChartRenderOptions options)
    {
        var bins = data.Bins();
        var country = ChartStyle.ForOutput(ChartPalette.ForRole(SeriesRole.Country), options.Format) with { Marker = MarkerShape.None };
        var legend = new List<LegendEntry>();
        if (data.SelectedValue.HasValue)
        {
            legend.Add(new LegendEntry(data.SelectedLabel, Selected, LegendSymbol.Line));
        }

        if (data.CountryValue.HasValue)
        {
            legend.Add(new LegendEntry(data.CountryLabel, country, LegendSymbol.Line));
        }

        return ChartFrame.Render(data.Caption, legend, options, (canvas, area) =>
        {
            using var plot = ChartStyle.NewPlot(options.Culture);
            plot.Axes.Bottom.Label.Text = data.Caption.Unit;
            plot.Axes.Left.Label.Text = data.CountLabel;
            plot.Axes.Left.TickGenerator = ChartStyle.NumericTicks(options.Culture, integersOnly: true);
            plot.Axes.Bottom.TickGenerator = ChartStyle.NumericTicks(options.Culture);

            var bars = bins.Select(bin => new Bar
            {
                Position = (bin.Lower + bin.Upper) / 2,
                Value = bin.Count,
                ValueBase = 0,
                Size = (bin.Upper - bin.Lower) * 0.96,
                FillColor = Bars.Color,
                LineWidth = 0,
            }).ToArray();
            plot.Add.Bars(bars);

            var highest = bins.Count == 0 ? 1 : Math.Max(1, bins.Max(bin => bin.Count));
            var low = bins.Count == 0 ? 0 : bins[0].Lower;
            var high = bins.Count == 0 ? 1 : bins[^1].Upper;
            foreach (var mark in new[] { data.CountryValue, data.SelectedValue })
            {
                if (mark is { } x)
                {
                    low = Math.Min(low, x);
                    high = Math.Max(high, x);
                }
            }

            if (data.CountryValue is { } riket)
            {
                plot.Add.VerticalLine(riket, country.LineWidth, country.Color, country.Line).LabelText = string.Empty;
                var label = plot.Add.Text(data.CountryLabel + " " + ChartNumberFormat.Format(riket, options.Culture, 1), riket, highest * 1.12);
                StyleLabel(label, Alignment.LowerLeft, ChartPalette.Black);
            }

            if (data.SelectedValue is { } chosen)
            {
                plot.Add.VerticalLine(chosen, Selected.LineWidth, Selected.Color, Selected.Line).LabelText = string.Empty;
                var label = plot.Add.Text(data.SelectedLabel + " " + ChartNumberFormat.Format(chosen, options.Culture, 1), chosen, highest * 1.02);
                StyleLabel(label, Alignment.LowerLeft, ChartPalette.Blue);
                label.LabelBold = true;
            }

            var pad = (high - low) * 0.03;
            plot.Axes.SetLimitsX(low - pad, high + pad);
            plot.Axes.SetLimitsY(0, highest * 1.25);
            ChartFrame.RenderPlot(canvas, plot, area);
        });
    }

    private static void StyleLabel(ScottPlot.Plottables.Text label, Alignment alignment, string hex)
    {
        label.LabelAlignment = alignment;
        label.LabelFontSize = 12;
        label.LabelFontName = ChartText.FontFamily;
        label.LabelFontColor = Color.FromHex(hex);
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        label.LabelPadding = 2;
    }
}
