namespace IndicatorHub.Charts;

/// <summary>Women's and men's values for one period; either may be missing.</summary>
public sealed record SexGapPoint(int Year, string Period, double? Women, double? Men)
{
    /// <summary>The gap d = women − men, or null when either value is missing.</summary>
    public double? Difference => Women.HasValue && Men.HasValue ? Women.Value - Men.Value : null;
}

/// <summary>Women and men over time, and the gap between them (women − men) beneath.</summary>
/// <param name="GapLabel">Heading and axis label of the gap, worded by the caller (e.g. "Skillnad kvinnor − män").</param>
public sealed record SexGapChartData(ChartCaption Caption, string WomenLabel, string MenLabel, string GapLabel,
    IReadOnlyList<SexGapPoint> Points)
{
    /// <summary>Columns: period, women, men, gap; a gap cell is empty where either value is missing.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's words for the fixed headings.</summary>
    public ChartTable ToTable(ChartTableWords words)
    {
        var rows = Points.OrderBy(point => point.Year)
            .Select(point => (IReadOnlyList<ChartCell>)
                [ChartCell.Of(point.Period), ChartCell.Of(point.Women), ChartCell.Of(point.Men), ChartCell.Of(point.Difference)])
            .ToList();
        return new ChartTable([words.Period, WomenLabel, MenLabel, GapLabel], rows);
    }
}
