using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Indicators;

/// <summary>
/// One page of the indicator list, filtered and searched, with the count of all matches: what a list of 2 000
/// Kolada KPIs needs to stay usable (the CLI's `list indicators`, and the web's indicator list).
/// </summary>
public static class IndicatorSearchQuery
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Runs the search on <paramref name="connection"/> (open, owned by the caller).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative offset, or a limit outside 1 … <see cref="MaxLimit"/>.</exception>
    public static IndicatorSearchPage Run(SqliteConnection connection, IndicatorSearch search)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.Limit, MaxLimit);

        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        var words = (search.Text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // LIKE ignores case for ASCII letters only; trying the word lower- and upper-cased as well covers
            // å, ä, ö and é written either way, which is how Swedish titles differ in practice.
            var variants = new[] { words[i], words[i].ToLowerInvariant(), words[i].ToUpperInvariant() }.Distinct(StringComparer.Ordinal).ToList();
            var alternatives = new List<string>();
            for (var v = 0; v < variants.Count; v++)
            {
                var name = $"w{i}v{v}";
                parameters.Add(name, "%" + EscapeLike(variants[v]) + "%");
                alternatives.Add($"(code LIKE @{name} ESCAPE '\\' OR title LIKE @{name} ESCAPE '\\' OR COALESCE(operating_area, '') LIKE @{name} ESCAPE '\\')");
            }

            conditions.Add("(" + string.Join(" OR ", alternatives) + ")");
        }

        if (search.DividedByGender is { } divided)
        {
            conditions.Add("divided_by_gender = @Divided");
            parameters.Add("Divided", divided);
        }

        if (search.NeedsMetadata is { } needs)
        {
            conditions.Add("needs_metadata = @Needs");
            parameters.Add("Needs", needs);
        }

        var where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
        var total = connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM indicators {where}", parameters);
        parameters.Add("Limit", search.Limit);
        parameters.Add("Offset", search.Offset);
        var rows = connection.Query<Record>(
                $"""
                SELECT code AS Code, title AS Title, unit AS Unit, operating_area AS OperatingArea,
                       divided_by_gender AS DividedByGender, needs_metadata AS NeedsMetadata, batch_id AS Batch
                FROM indicators {where}
                ORDER BY code
                LIMIT @Limit OFFSET @Offset
                """,
                parameters)
            .Select(r => new IndicatorSearchRow(r.Code, r.Title, r.Unit, r.OperatingArea, r.DividedByGender, r.NeedsMetadata, r.Batch))
            .ToList();
        return new IndicatorSearchPage(rows, total, search.Offset);
    }

    private sealed class Record
    {
        public string Code { get; set; } = "";

        public string Title { get; set; } = "";

        public string? Unit { get; set; }

        public string? OperatingArea { get; set; }

        public bool DividedByGender { get; set; }

        public bool NeedsMetadata { get; set; }

        public long? Batch { get; set; }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>What to list.</summary>
/// <param name="Text">Words that must each occur in the code, title or operating area (any case); null or blank for all.</param>
/// <param name="DividedByGender">Only indicators divided by gender (true) or not (false); null for both.</param>
/// <param name="NeedsMetadata">Only indicators still waiting for metadata (true) or not (false); null for both.</param>
/// <param name="Limit">Rows per page.</param>
/// <param name="Offset">Rows to skip, in code order.</param>
public sealed record IndicatorSearch(string? Text = null, bool? DividedByGender = null, bool? NeedsMetadata = null, int Limit = 50, int Offset = 0);

/// <summary>One page of matches.</summary>
/// <param name="Rows">The page, by code.</param>
/// <param name="TotalCount">All matches, on every page.</param>
/// <param name="Offset">Where the page starts among the matches.</param>
public sealed record IndicatorSearchPage(IReadOnlyList<IndicatorSearchRow> Rows, int TotalCount, int Offset);

/// <summary>An indicator as a list shows it.</summary>
/// <param name="Code">The indicator id as the source writes it (N00923).</param>
/// <param name="Title">Its title.</param>
/// <param name="Unit">Its unit, when known.</param>
/// <param name="OperatingArea">Kolada's operating area, when known.</param>
/// <param name="DividedByGender">True when the source publishes it for women and men.</param>
/// <param name="NeedsMetadata">True while only a data file has named it (title = code).</param>
/// <param name="Batch">The batch that last set its metadata, or null.</param>
public sealed record IndicatorSearchRow(string Code, string Title, string? Unit, string? OperatingArea, bool DividedByGender, bool NeedsMetadata, long? Batch);
