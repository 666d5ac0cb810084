// TEMPORARY: the IndicatorHub.Charts contract (/work/wt/CHARTS_API.md) until feature/charts is merged into main.
// Delete this file when merging main brings the real library (the types would otherwise be defined twice).
#pragma warning disable CA1819, CA1034, CA1716, CA1711, CA1002, CA1062, CA1822, CS1591, CA1305, CA1307
using System.Globalization;

namespace IndicatorHub.Charts;

public enum ChartFormat { Png, Svg }

public enum ChartSize { Screen, Print }

public sealed record ChartCaption(string Title, string Unit, string Area, string Period, string Source);

public sealed record ChartRenderOptions(ChartFormat Format, ChartSize Size, CultureInfo Culture);

public readonly record struct ChartCell(string? Text, double? Number)
{
    public static ChartCell Of(string? text) => new(text, null);

    public static ChartCell Of(double? number) => new(null, number);
}

public sealed record ChartTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ChartCell>> Rows);

public enum SeriesRole { Area, Country, County, MunicipalityGroup, Women, Men, Other }

public sealed record TrendPoint(int Year, string Period, double? Value, double? Lower, double? Upper);

public sealed record TrendSeries(string Label, SeriesRole Role, IReadOnlyList<TrendPoint> Points);

public sealed record TrendChartData(ChartCaption Caption, IReadOnlyList<TrendSeries> Series)
{
    public ChartTable ToTable()
    {
        var periods = Series.SelectMany(s => s.Points).Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = new List<string> { "period" };
        foreach (var s in Series)
        {
            columns.Add(s.Label);
            if (s.Points.Any(p => p.Lower is not null || p.Upper is not null))
            {
                columns.Add(s.Label + " lower");
                columns.Add(s.Label + " upper");
            }
        }

        var rows = periods.Select(period =>
        {
            var row = new List<ChartCell> { ChartCell.Of(period) };
            foreach (var s in Series)
            {
                var p = s.Points.FirstOrDefault(x => x.Period == period);
                row.Add(ChartCell.Of(p?.Value));
                if (s.Points.Any(x => x.Lower is not null || x.Upper is not null))
                {
                    row.Add(ChartCell.Of(p?.Lower));
                    row.Add(ChartCell.Of(p?.Upper));
                }
            }

            return (IReadOnlyList<ChartCell>)row;
        }).ToList();
        return new ChartTable(columns, rows);
    }
}

public sealed record SexGapPoint(int Year, string Period, double? Women, double? Men);

public sealed record SexGapChartData(ChartCaption Caption, string WomenLabel, string MenLabel, string GapLabel, IReadOnlyList<SexGapPoint> Points)
{
    public ChartTable ToTable() => new(["period", WomenLabel, MenLabel, GapLabel],
        Points.Select(p => (IReadOnlyList<ChartCell>)[ChartCell.Of(p.Period), ChartCell.Of(p.Women), ChartCell.Of(p.Men), ChartCell.Of(p.Women - p.Men)]).ToList());
}

public sealed record EquiplotRow(string Period, IReadOnlyList<double?> Values);

public sealed record EquiplotChartData(ChartCaption Caption, IReadOnlyList<string> Subgroups, IReadOnlyList<EquiplotRow> Rows)
{
    public ChartTable ToTable() => new(["period", .. Subgroups],
        Rows.Select(r => (IReadOnlyList<ChartCell>)[ChartCell.Of(r.Period), .. r.Values.Select(v => ChartCell.Of(v))]).ToList());
}

public enum RankingMark { None, Selected, SameCounty }

public sealed record RankingBar(string AreaCode, string AreaName, double Value, RankingMark Mark);

public sealed record RankingChartData(ChartCaption Caption, IReadOnlyList<RankingBar> Bars, double? CountryValue, string CountryLabel, bool HigherIsBetter)
{
    public ChartTable ToTable() => new(["rank", "area code", "area", "value", "mark"],
        (HigherIsBetter ? Bars.OrderByDescending(b => b.Value) : Bars.OrderBy(b => b.Value))
        .Select((b, i) => (IReadOnlyList<ChartCell>)[ChartCell.Of(i + 1), ChartCell.Of(b.AreaCode), ChartCell.Of(b.AreaName), ChartCell.Of(b.Value), ChartCell.Of(b.Mark == RankingMark.None ? null : b.Mark.ToString())]).ToList());
}

public sealed record SpineChartData(string Label, double Min, double P25, double P75, double Max, double Benchmark, double Value, bool HigherIsBetter)
{
    public ChartTable ToTable() => new(["label", "min", "p25", "p75", "max", "benchmark", "value"],
        [[ChartCell.Of(Label), ChartCell.Of(Min), ChartCell.Of(P25), ChartCell.Of(P75), ChartCell.Of(Max), ChartCell.Of(Benchmark), ChartCell.Of(Value)]]);
}

public static class ChartRenderer
{
    public static byte[] Render(TrendChartData data, ChartRenderOptions options) => Placeholder(data.Caption.Title, options, 800, 450);

    public static byte[] Render(SexGapChartData data, ChartRenderOptions options) => Placeholder(data.Caption.Title, options, 800, 450);

    public static byte[] Render(EquiplotChartData data, ChartRenderOptions options) => Placeholder(data.Caption.Title, options, 800, 450);

    public static byte[] Render(RankingChartData data, ChartRenderOptions options) => Placeholder(data.Caption.Title, options, 800, 450);

    public static byte[] Render(SpineChartData data, ChartRenderOptions options) => Placeholder(data.Label, options, 240, 28);

    private static byte[] Placeholder(string title, ChartRenderOptions options, int width, int height)
    {
        var scale = options.Size == ChartSize.Print ? 3.125 : 1;
        var plot = new ScottPlot.Plot();
        plot.Title(title);
        var (w, h) = ((int)(width * scale), (int)(height * scale));
        return options.Format == ChartFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(w, h))
            : plot.GetImageBytes(w, h, ScottPlot.ImageFormat.Png);
    }
}
