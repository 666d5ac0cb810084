namespace IndicatorHub.Charts;

/// <summary>One period of a trend series. A null value is a gap in the line, never zero.</summary>
/// <param name="Year">Position on the time axis.</param>
/// <param name="Period">The period as shown, e.g. "2022" or "2019–2022".</param>
/// <param name="Lower">Lower confidence limit, or null when the data has none.</param>
/// <param name="Upper">Upper confidence limit, or null when the data has none.</param>
public sealed record TrendPoint(int Year, string Period, double? Value, double? Lower, double? Upper);

/// <summary>One line of a trend chart.</summary>
/// <param name="Label">Legend text and table column heading, worded by the caller.</param>
/// <param name="Role">Decides colour, marker and line style.</param>
public sealed record TrendSeries(string Label, SeriesRole Role, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>True when any point has both confidence limits, so the series gets a band and limit columns.</summary>
    public bool HasLimits => Points.Any(point => point.Lower.HasValue && point.Upper.HasValue);
}

/// <summary>The area against riket, its county and its kommungrupp over time; a band where limits exist.</summary>
public sealed record TrendChartData(ChartCaption Caption, IReadOnlyList<TrendSeries> Series)
{
    /// <summary>Legend text for the confidence bands, e.g. "95 % konfidensintervall"; without it the bands have no legend entry.</summary>
    public string? IntervalLabel { get; init; }

    /// <summary>The periods in time order, each once, over all series (a year's period text from its first point).</summary>
    public IReadOnlyList<(int Year, string Period)> Periods() =>
        Series.SelectMany(series => series.Points)
            .GroupBy(point => point.Year)
            .OrderBy(group => group.Key)
            .Select(group => (group.Key, group.First().Period))
            .ToList();

    /// <summary>Columns: period, one per series label, then "&lt;label&gt; lower"/"&lt;label&gt; upper" for series with limits.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's words for the fixed headings.</summary>
    public ChartTable ToTable(ChartTableWords words)
    {
        var columns = new List<string> { words.Period };
        columns.AddRange(Series.Select(series => series.Label));
        var withLimits = Series.Where(series => series.HasLimits).ToList();
        foreach (var series in withLimits)
        {
            columns.Add(series.Label + " " + words.Lower);
            columns.Add(series.Label + " " + words.Upper);
        }

        var rows = new List<IReadOnlyList<ChartCell>>();
        foreach (var (year, period) in Periods())
        {
            var row = new List<ChartCell> { ChartCell.Of(period) };
            row.AddRange(Series.Select(series => ChartCell.Of(PointAt(series, year)?.Value)));
            foreach (var series in withLimits)
            {
                var point = PointAt(series, year);
                row.Add(ChartCell.Of(point?.Lower));
                row.Add(ChartCell.Of(point?.Upper));
            }

            rows.Add(row);
        }

        return new ChartTable(columns, rows);
    }

    private static TrendPoint? PointAt(TrendSeries series, int year) => series.Points.FirstOrDefault(point => point.Year == year);
}
