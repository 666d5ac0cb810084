namespace IndicatorHub.Charts;

/// <summary>One small chart of a grid: one area's series, drawn against the shared reference series.</summary>
/// <param name="Label">The panel's heading and table column, worded by the caller (the member's name).</param>
public sealed record SmallMultiplesPanel(string Label, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// Small multiples: a grid of small trend charts on one shared value axis, one per area (a network's members), each
/// with the reference series (riket) drawn the same way in every panel, so members are compared by position rather
/// than by telling twenty colours apart.
/// </summary>
/// <param name="PanelSeriesLabel">Legend text for the panels' own line, e.g. "Medlemmen".</param>
/// <param name="ReferenceLabel">Legend text and table column of the reference series, e.g. "Riket".</param>
public sealed record SmallMultiplesChartData(
    ChartCaption Caption,
    string PanelSeriesLabel,
    string ReferenceLabel,
    IReadOnlyList<TrendPoint> Reference,
    IReadOnlyList<SmallMultiplesPanel> Panels)
{
    /// <summary>Panels per row: up to four.</summary>
    public int Columns => Math.Clamp(Panels.Count, 1, 4);

    /// <summary>Rows of panels.</summary>
    public int Rows => Math.Max(1, (Panels.Count + Columns - 1) / Columns);

    /// <summary>The periods in time order, each once, over every panel and the reference.</summary>
    public IReadOnlyList<(int Year, string Period)> Periods() =>
        Panels.SelectMany(p => p.Points).Concat(Reference)
            .GroupBy(point => point.Year)
            .OrderBy(group => group.Key)
            .Select(group => (group.Key, group.First().Period))
            .ToList();

    /// <summary>Columns: period, one per panel, then the reference; one row per period.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's word for the period column.</summary>
    public ChartTable ToTable(ChartTableWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var columns = new List<string> { words.Period };
        columns.AddRange(Panels.Select(p => p.Label));
        columns.Add(ReferenceLabel);
        var rows = new List<IReadOnlyList<ChartCell>>();
        foreach (var (year, period) in Periods())
        {
            var row = new List<ChartCell> { ChartCell.Of(period) };
            row.AddRange(Panels.Select(p => ChartCell.Of(p.Points.FirstOrDefault(point => point.Year == year)?.Value)));
            row.Add(ChartCell.Of(Reference.FirstOrDefault(point => point.Year == year)?.Value));
            rows.Add(row);
        }

        return new ChartTable(columns, rows);
    }
}
