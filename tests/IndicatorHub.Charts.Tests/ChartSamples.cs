using System.Globalization;

namespace IndicatorHub.Charts.Tests;

/// <summary>Small hand-made chart data; the numbers are invented, chosen so expected values are easy to derive by hand.</summary>
internal static class ChartSamples
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static ChartCaption Caption(string title = "Bra självskattad hälsa") =>
        new(title, "Procent", "Malmö", "2018–2022", "Källa: Kolada (RKA)");

    /// <summary>Malmö with limits and a missing 2020; riket without limits and complete.</summary>
    public static TrendChartData Trend() => new(Caption(),
    [
        new TrendSeries("Malmö", SeriesRole.Area,
        [
            new TrendPoint(2018, "2018", 70.0, 68.0, 72.0),
            new TrendPoint(2019, "2019", 71.0, 69.0, 73.0),
            new TrendPoint(2020, "2020", null, null, null),
            new TrendPoint(2021, "2021", 72.5, 70.5, 74.5),
            new TrendPoint(2022, "2022", 73.1, 71.0, 75.2),
        ]),
        new TrendSeries("Riket", SeriesRole.Country,
        [
            new TrendPoint(2018, "2018", 72.0, null, null),
            new TrendPoint(2019, "2019", 72.4, null, null),
            new TrendPoint(2020, "2020", 72.8, null, null),
            new TrendPoint(2021, "2021", 73.0, null, null),
            new TrendPoint(2022, "2022", 73.4, null, null),
        ]),
    ]);

    public static SexGapChartData SexGap() => new(Caption("Bra hälsa, kvinnor och män"), "Kvinnor", "Män", "Skillnad kvinnor − män",
    [
        new SexGapPoint(2018, "2018", 68.0, 74.5),
        new SexGapPoint(2019, "2019", null, 74.0),
        new SexGapPoint(2020, "2020", 69.5, 73.0),
    ]);

    public static EquiplotChartData Equiplot() => new(Caption("Bra hälsa efter utbildning"), ["Förgymnasial", "Gymnasial", "Eftergymnasial"],
    [
        new EquiplotRow("2018", [60.0, 70.0, 80.0]),
        new EquiplotRow("2022", [null, 72.0, 82.5]),
    ]);

    /// <summary>Four areas, given out of order; Malmö chosen, Lund in its county; riket 71.</summary>
    public static RankingChartData Ranking(bool higherIsBetter = true) => new(Caption("Alla kommuner 2022"),
    [
        new RankingBar("1280", "Malmö", 70.0, RankingMark.Selected),
        new RankingBar("0180", "Stockholm", 75.0, RankingMark.None),
        new RankingBar("1281", "Lund", 80.0, RankingMark.SameCounty),
        new RankingBar("1480", "Göteborg", 65.0, RankingMark.None),
    ], 71.0, "Riket", higherIsBetter) { SameCountyLabel = "Övriga i Skåne län" };

    /// <summary>Seven municipalities' values 65–80; Malmö (70) chosen, riket 71.</summary>
    public static HistogramChartData Histogram() => new(Caption("Alla kommuner 2022"), [65.0, 70.0, 71.0, 71.5, 73.0, 75.0, 80.0], "Antal kommuner")
    {
        SelectedValue = 70.0,
        SelectedLabel = "Malmö",
        CountryValue = 71.0,
        CountryLabel = "Riket",
    };

    /// <summary>Benchmark 50, spread 30–80 (the max is farthest, 30 from the benchmark), value 40.</summary>
    public static SpineChartData Spine(bool higherIsBetter = true) =>
        new("Bra självskattad hälsa", Min: 30, P25: 45, P75: 60, Max: 80, Benchmark: 50, Value: 40, higherIsBetter);

    public static ChartRenderOptions Options(ChartFormat format, ChartSize size = ChartSize.Screen) => new(format, size, Swedish);
}
