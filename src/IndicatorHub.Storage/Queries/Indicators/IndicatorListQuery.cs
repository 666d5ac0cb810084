using Dapper;
using IndicatorHub.Core.Indicators;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Indicators;

/// <summary>One page of the web's indicator list, optionally narrowed by a search.</summary>
/// <param name="Items">The indicators on this page, by id.</param>
/// <param name="Total">How many indicators match the search.</param>
/// <param name="Page">The 1-based page shown (clamped to the pages there are).</param>
/// <param name="PageSize">Indicators per page.</param>
public sealed record IndicatorListPage(IReadOnlyList<Indicator> Items, int Total, int Page, int PageSize)
{
    /// <summary>How many pages the matches fill (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The indicators whose id, Swedish or English title contains the search text, one page at a time.
/// </summary>
public static class IndicatorListQuery
{
    /// <summary>The default page size.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Runs the query; a page beyond the last shows the last, a page below 1 the first.</summary>
    public static IndicatorListPage Run(SqliteConnection connection, string? search, int page = 1, int pageSize = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        // The match runs in memory on (code, titles) only: SQLite's lower() and LIKE fold ASCII alone, so "örebro"
        // would miss "Örebro"; even all of Kolada is 2 000 short rows, and the full rows are read for one page only.
        var text = search?.Trim();
        var keys = connection.Query<(string Code, string Title, string? TitleEn)>("SELECT code, title, title_en FROM indicators ORDER BY code")
            .Where(r => string.IsNullOrEmpty(text) || Matches(r.Code, text) || Matches(r.Title, text) || Matches(r.TitleEn, text))
            .Select(r => r.Code)
            .ToList();
        var pages = Math.Max(1, (keys.Count + pageSize - 1) / pageSize);
        var shown = Math.Clamp(page, 1, pages);
        var codes = keys.Skip((shown - 1) * pageSize).Take(pageSize).ToArray();
        var items = connection.Query<IndicatorRow>($"SELECT {IndicatorRow.Columns} FROM indicators WHERE code IN @Codes ORDER BY code", new { Codes = codes })
            .Select(r => r.ToIndicator())
            .ToList();
        return new IndicatorListPage(items, keys.Count, shown, pageSize);
    }

    internal static bool Matches(string? value, string text) =>
        value is not null && value.Contains(text, StringComparison.InvariantCultureIgnoreCase);
}
