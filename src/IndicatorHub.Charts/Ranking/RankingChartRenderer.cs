using ScottPlot;

namespace IndicatorHub.Charts;

/// <summary>
/// Draws <see cref="RankingChartData"/>: bars best first in grey; the chosen area's bar blue with a dot and its name
/// above, its county's bars vermillion with a triangle above, so marks differ by shape and label as well as colour.
/// </summary>
internal static class RankingChartRenderer
{
    private const double BarWidth = 0.8;

    internal static readonly SeriesStyle Unmarked = new(ChartPalette.NeutralBar, MarkerShape.None, LinePattern.Solid, 0);
    internal static readonly SeriesStyle Selected = new(ChartPalette.Blue, MarkerShape.FilledCircle, LinePattern.Solid, 0);
    internal static readonly SeriesStyle SameCounty = new(ChartPalette.Vermillion, MarkerShape.FilledTriangleDown, LinePattern.Solid, 0);

    public static byte[] Render(RankingChartData data, ChartRenderOptions options)
    {
        var ranked = data.Ranked();
        var selected = ranked.FirstOrDefault(item => item.Bar.Mark == RankingMark.Selected);
        var legend = new List<LegendEntry>();
        if (selected is not null)
        {
            legend.Add(new LegendEntry(data.SelectedLabel ?? selected.Bar.AreaName, Selected, LegendSymbol.Bar));
        }

        if (data.SameCountyLabel is { } sameCountyLabel && ranked.Any(item => item.Bar.Mark == RankingMark.SameCounty))
        {
            legend.Add(new LegendEntry(sameCountyLabel, SameCounty, LegendSymbol.Bar));
        }

        var country = ChartStyle.ForOutput(ChartPalette.ForRole(SeriesRole.Country), options.Format) with { Marker = MarkerShape.None };
        if (data.CountryValue.HasValue)
        {
            legend.Add(new LegendEntry(data.CountryLabel, country, LegendSymbol.Line));
        }

        return ChartFrame.Render(data.Caption, legend, options, (canvas, area) =>
        {
            using var plot = ChartStyle.NewPlot(options.Culture);
            plot.Axes.Left.Label.Text = data.Caption.Unit;
            plot.Axes.Bottom.TickGenerator = ChartStyle.NumericTicks(options.Culture, integersOnly: true);

            var values = ranked.Select(item => item.Bar.Value).Where(double.IsFinite).ToList();
            if (data.CountryValue is { } countryValue)
            {
                values.Add(countryValue);
            }

            var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
            var high = Math.Max(0, values.DefaultIfEmpty(1).Max());
            var span = high - low > 0 ? high - low : 1;
            var markerOffset = span * 0.035;

            var bars = new List<Bar>();
            for (var index = 0; index < ranked.Count; index++)
            {
                var bar = ranked[index].Bar;
                var style = bar.Mark switch
                {
                    RankingMark.Selected => Selected,
                    RankingMark.SameCounty => SameCounty,
                    _ => Unmarked,
                };
                bars.Add(new Bar
                {
                    Position = index + 1,
                    Value = bar.Value,
                    ValueBase = 0,
                    Size = BarWidth,
                    FillColor = style.Color,
                    LineWidth = 0,
                });
            }

            plot.Add.Bars(bars.ToArray());

            // Marks go on top of the bars in a second pass so a neighbour's bar never hides them.
            for (var index = 0; index < ranked.Count; index++)
            {
                var bar = ranked[index].Bar;
                if (bar.Mark == RankingMark.None)
                {
                    continue;
                }

                var style = bar.Mark == RankingMark.Selected ? Selected : SameCounty;
                var tipOffset = bar.Value >= 0 ? markerOffset : -markerOffset;
                var size = bar.Mark == RankingMark.Selected ? 12f : 8f;
                var marker = plot.Add.Marker(index + 1, bar.Value + tipOffset, style.Marker, size, style.Color);
                marker.MarkerLineWidth = 1;
            }

            if (data.CountryValue is { } riket)
            {
                var line = plot.Add.HorizontalLine(riket, country.LineWidth, country.Color, country.Line);
                line.LabelText = string.Empty;
                var label = plot.Add.Text(data.CountryLabel + " " + ChartNumberFormat.Format(riket, options.Culture, 1), ranked.Count + 0.5, riket);
                StyleLabel(label, Alignment.LowerRight, ChartPalette.Black);
            }

            if (selected is not null)
            {
                var index = ranked.ToList().IndexOf(selected);
                var tip = selected.Bar.Value + (selected.Bar.Value >= 0 ? markerOffset * 2.2 : -markerOffset * 2.2);
                var text = selected.Bar.AreaName + " " + ChartNumberFormat.Format(selected.Bar.Value, options.Culture, 1);
                var alignment = index + 1 > ranked.Count / 2.0
                    ? (selected.Bar.Value >= 0 ? Alignment.LowerRight : Alignment.UpperRight)
                    : (selected.Bar.Value >= 0 ? Alignment.LowerLeft : Alignment.UpperLeft);
                var label = plot.Add.Text(text, index + 1, tip);
                StyleLabel(label, alignment, ChartPalette.Blue);
                label.LabelBold = true;
            }

            plot.Axes.SetLimitsX(0.3, Math.Max(1, ranked.Count) + 0.7);
            plot.Axes.SetLimitsY(low < 0 ? low - span * 0.12 : 0, high > 0 ? high + span * 0.16 : 0);
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
