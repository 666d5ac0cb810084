namespace IndicatorHub.Charts;

/// <summary>How a ranking bar is marked.</summary>
public enum RankingMark
{
    /// <summary>Not marked.</summary>
    None,

    /// <summary>The chosen area.</summary>
    Selected,

    /// <summary>A member of the chosen area's county.</summary>
    SameCounty,
}

/// <summary>One municipality's bar in a ranking.</summary>
public sealed record RankingBar(string AreaCode, string AreaName, double Value, RankingMark Mark);

/// <summary>A bar with its place: <see cref="Rank"/> is 1 for the best; equal values share a rank (1, 2, 2, 4).</summary>
public sealed record RankedBar(int Rank, RankingBar Bar);

/// <summary>All municipalities sorted for one period; the chosen one and its county's members marked; riket as a line.</summary>
/// <param name="CountryValue">Riket's value, drawn as a line with <paramref name="CountryLabel"/>; null draws none.</param>
/// <param name="HigherIsBetter">Sort direction: the best bar comes first.</param>
public sealed record RankingChartData(ChartCaption Caption, IReadOnlyList<RankingBar> Bars, double? CountryValue,
    string CountryLabel, bool HigherIsBetter)
{
    /// <summary>Legend text for the county's members (e.g. "Övriga kommuner i Skåne län"); without it they have no legend entry.</summary>
    public string? SameCountyLabel { get; init; }

    /// <summary>Legend text for the chosen area; without it, the chosen bar's area name.</summary>
    public string? SelectedLabel { get; init; }

    /// <summary>Bars in drawing order, best first; equal values keep a stable order by area code.</summary>
    public IReadOnlyList<RankedBar> Ranked()
    {
        var sorted = (HigherIsBetter
                ? Bars.OrderByDescending(bar => bar.Value)
                : Bars.OrderBy(bar => bar.Value))
            .ThenBy(bar => bar.AreaCode, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankedBar>(sorted.Count);
        for (var index = 0; index < sorted.Count; index++)
        {
            var rank = index > 0 && sorted[index].Value.Equals(sorted[index - 1].Value) ? ranked[index - 1].Rank : index + 1;
            ranked.Add(new RankedBar(rank, sorted[index]));
        }

        return ranked;
    }

    /// <summary>Columns: rank, area code, area, value, mark; rows best first.</summary>
    public ChartTable ToTable() => ToTable(ChartTableWords.Default);

    /// <summary><see cref="ToTable()"/> with the page's words for the headings and mark cells.</summary>
    public ChartTable ToTable(ChartTableWords words)
    {
        var rows = Ranked().Select(ranked => (IReadOnlyList<ChartCell>)
        [
            ChartCell.Of(ranked.Rank),
            ChartCell.Of(ranked.Bar.AreaCode),
            ChartCell.Of(ranked.Bar.AreaName),
            ChartCell.Of(ranked.Bar.Value),
            ChartCell.Of(ranked.Bar.Mark switch
            {
                RankingMark.Selected => words.Selected,
                RankingMark.SameCounty => words.SameCounty,
                _ => null,
            }),
        ]).ToList();
        return new ChartTable([words.Rank, words.AreaCode, words.Area, words.Value, words.Mark], rows);
    }
}
