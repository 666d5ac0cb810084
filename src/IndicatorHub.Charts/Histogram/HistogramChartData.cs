namespace IndicatorHub.Charts;

/// <summary>One bar of a histogram: how many values lie in [<see cref="Lower"/>, <see cref="Upper"/>) (the last bar also holds its upper edge).</summary>
public sealed record HistogramBin(double Lower, double Upper, int Count);

/// <summary>
/// The distribution of all municipalities' values for one period as a histogram: equal-width bins whose width is a
/// round number (1, 2, 2.5 or 5 times a power of ten) near range ÷ k, with k from Sturges' rule (⌈log₂ n⌉ + 1), so the
/// edges read well in the table; the chosen municipality and riket are marked as lines.
/// </summary>
/// <param name="Values">Every municipality's value (non-finite values are left out).</param>
/// <param name="CountLabel">The vertical axis and the table's count heading ("Antal kommuner").</param>
public sealed record HistogramChartData(ChartCaption Caption, IReadOnlyList<double> Values, string CountLabel)
{
    /// <summary>The chosen municipality's value, drawn as a line with <see cref="SelectedLabel"/>; null draws none.</summary>
    public double? SelectedValue { get; init; }

    /// <summary>The chosen municipality's name.</summary>
    public string SelectedLabel { get; init; } = "";

    /// <summary>Riket's value, drawn as a dashed line with <see cref="CountryLabel"/>; null draws none.</summary>
    public double? CountryValue { get; init; }

    /// <summary>Riket's label.</summary>
    public string CountryLabel { get; init; } = "";

    /// <summary>The bins from the lowest value's bin to the highest's, empty bins between included; none without values.</summary>
    public IReadOnlyList<HistogramBin> Bins()
    {
        var values = Values.Where(double.IsFinite).ToList();
        if (values.Count == 0)
        {
            return [];
        }

        var min = values.Min();
        var max = values.Max();
        var k = (int)Math.Ceiling(Math.Log2(values.Count)) + 1;
        var width = RoundWidth(max > min ? (max - min) / k : 1);
        var start = Math.Floor(min / width) * width;
        // A tiny tolerance so a value on an edge (0.6 with width 0.2) is not put one bin low by binary rounding.
        int Index(double v) => (int)Math.Floor(((v - start) / width) + 1e-9);
        var count = Index(max) + 1;
        var counts = new int[count];
        foreach (var v in values)
        {
            counts[Math.Min(Index(v), count - 1)]++;
        }

        return Enumerable.Range(0, count)
            .Select(i => new HistogramBin(Edge(start, width, i), Edge(start, width, i + 1), counts[i]))
            .ToList();
    }

    /// <summary>Columns: from, to, count; one row per bin, lowest first.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's words; the count column is headed <see cref="CountLabel"/>.</summary>
    public ChartTable ToTable(ChartTableWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var rows = Bins().Select(bin => (IReadOnlyList<ChartCell>)[ChartCell.Of(bin.Lower), ChartCell.Of(bin.Upper), ChartCell.Of(bin.Count)]).ToList();
        return new ChartTable([words.From, words.To, CountLabel], rows);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 (times a power of ten) at or above <paramref name="raw"/>.</summary>
    public static double RoundWidth(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * power >= raw * (1 - 1e-12))
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    // Edges rounded to the width's own decimals, so 0.1 + 0.2 is shown and written as 0.3.
    private static double Edge(double start, double width, int i) => Math.Round(start + (i * width), 10);
}
