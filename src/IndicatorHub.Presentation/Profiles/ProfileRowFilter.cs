namespace IndicatorHub.Presentation.Profiles;

/// <summary>Which of a profile's rows to show: a text in the indicator's id or titles, one goal (0: not mapped) or all, and a page.</summary>
/// <param name="Text">Matched, ignoring case, in the id, the Swedish and the English title; null for every indicator.</param>
/// <param name="Goal">1–17, <see cref="Unmapped"/> for indicators without a goal, or null for all.</param>
/// <param name="Page">1-based; out of range is brought into range.</param>
public sealed record ProfileRowFilter(string? Text = null, int? Goal = null, int Page = 1)
{
    /// <summary>The goal filter's value for indicators not mapped to a goal.</summary>
    public const int Unmapped = 0;

    /// <summary>Rows a page: a whole-Kolada municipality has about 2 000 indicators, which as one page weighed 2.8 MB.</summary>
    public const int PageSize = 100;

    /// <summary>Whether anything narrows the rows beyond paging.</summary>
    public bool Narrows => Text is not null || Goal is not null;

    /// <summary>The rows that match, a page of them, and how many each goal has before the goal filter (for its choices).</summary>
    public ProfileRowPage Apply(IReadOnlyList<ProfileRow> rows)
    {
        var matching = Text is null ? rows : rows.Where(Matches).ToList();
        var goals = matching.GroupBy(r => r.Goal ?? Unmapped).ToDictionary(g => g.Key, g => g.Count());
        var chosen = Goal is { } goal ? matching.Where(r => (r.Goal ?? Unmapped) == goal).ToList() : matching;
        var pageCount = Math.Max(1, (chosen.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pageCount);
        var items = chosen.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new ProfileRowPage(items, chosen.Count, page, pageCount, goals);
    }

    private bool Matches(ProfileRow row) =>
        row.Indicator.Code.Contains(Text!, StringComparison.OrdinalIgnoreCase)
        || row.Indicator.Title.Contains(Text!, StringComparison.OrdinalIgnoreCase)
        || (row.Indicator.TitleEn?.Contains(Text!, StringComparison.OrdinalIgnoreCase) ?? false);
}

/// <summary>A page of a profile's rows, in the profile's order (by goal, unmapped last).</summary>
/// <param name="Total">Rows matching the filter, on every page.</param>
/// <param name="GoalCounts">Rows matching the text, per goal (0: not mapped), whatever goal is chosen.</param>
public sealed record ProfileRowPage(IReadOnlyList<ProfileRow> Items, int Total, int Page, int PageCount, IReadOnlyDictionary<int, int> GoalCounts)
{
    /// <summary>The 1-based position of the page's first row, for "rows 101–200 of 1 880".</summary>
    public int First => Items.Count == 0 ? 0 : ((Page - 1) * ProfileRowFilter.PageSize) + 1;

    /// <summary>The 1-based position of the page's last row.</summary>
    public int Last => First + Items.Count - (Items.Count == 0 ? 0 : 1);
}
