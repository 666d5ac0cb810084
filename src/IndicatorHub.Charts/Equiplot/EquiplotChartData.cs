namespace IndicatorHub.Charts;

/// <summary>One period of an equiplot; <paramref name="Values"/> align with the chart's subgroups, null where missing.</summary>
public sealed record EquiplotRow(string Period, IReadOnlyList<double?> Values);

/// <summary>HEAT's equiplot: the subgroups of a dimension as dots on one value axis, a row per period.</summary>
/// <param name="Subgroups">Subgroup names in their natural order (e.g. income quintile 1–5); index decides colour and marker.</param>
public sealed record EquiplotChartData(ChartCaption Caption, IReadOnlyList<string> Subgroups, IReadOnlyList<EquiplotRow> Rows)
{
    /// <summary>Columns: period, one per subgroup.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's words for the fixed headings.</summary>
    public ChartTable ToTable(ChartTableWords words)
    {
        var columns = new List<string> { words.Period };
        columns.AddRange(Subgroups);
        var rows = Rows.Select(row =>
        {
            var cells = new List<ChartCell> { ChartCell.Of(row.Period) };
            cells.AddRange(Subgroups.Select((_, index) => ChartCell.Of(index < row.Values.Count ? row.Values[index] : null)));
            return (IReadOnlyList<ChartCell>)cells;
        }).ToList();
        return new ChartTable(columns, rows);
    }
}
