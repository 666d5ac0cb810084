using Dapper;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Series;

/// <summary>An indicator's metadata as the pages show it, with the batch that set it.</summary>
/// <param name="Key">Database id (observations.indicator_id).</param>
/// <param name="Code">The id as the source writes it (N00923).</param>
/// <param name="HigherIsBetter">The indicator's own direction; see <see cref="IndicatorInfo.Direction"/> for the one used.</param>
/// <param name="Batch">The batch that set the metadata, when known.</param>
public sealed record IndicatorInfo(
    long Key,
    string Code,
    string Title,
    string? TitleEn,
    string? Description,
    string? Unit,
    string? Source,
    bool? HigherIsBetter,
    double? Scale,
    bool DividedByGender,
    long? Batch)
{
    /// <summary>The indicator's SDG links, primary first.</summary>
    public IReadOnlyList<SdgLink> Links { get; init; } = [];

    /// <summary>The primary SDG link, if any.</summary>
    public SdgLink? Primary => Links.FirstOrDefault(l => l.IsPrimary);

    /// <summary>The direction used for comparisons: the indicator's own, else its primary mapping's; null when neither says.</summary>
    public bool? Direction => HigherIsBetter ?? Primary?.Progress.HigherIsBetter;
}

/// <summary>One SDG link of an indicator.</summary>
/// <param name="Goal">1..17.</param>
/// <param name="Target">"3.4", or null for a goal-level link.</param>
/// <param name="IsPrimary">The indicator's primary link.</param>
/// <param name="Source">curated, kolada, analyst or suggestion.</param>
/// <param name="Note">Why the link was made.</param>
/// <param name="Progress">Progress-towards-2030 settings (primary link only).</param>
public sealed record SdgLink(int Goal, string? Target, bool IsPrimary, string Source, string? Note, SdgProgressSettings Progress);

/// <summary>Indicators with their SDG links.</summary>
public static class IndicatorInfoQuery
{
    private const string Columns = """
        i.id AS Key, i.code AS Code, i.title AS Title, i.title_en AS TitleEn, i.description AS Description, i.unit AS Unit,
        i.source AS Source, i.higher_is_better AS HigherIsBetter, i.scale AS Scale, i.divided_by_gender AS DividedByGender, i.batch_id AS Batch
        """;

    /// <summary>The indicator with id <paramref name="code"/> (any case), or null.</summary>
    public static IndicatorInfo? Run(SqliteConnection connection, string code)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (string.IsNullOrWhiteSpace(code) || code.Length > 100)
        {
            return null;
        }

        var row = connection.QuerySingleOrDefault<Row>(
            $"SELECT {Columns} FROM indicators i WHERE i.code = @Code OR UPPER(i.code) = @Upper ORDER BY i.code = @Code DESC LIMIT 1",
            new { Code = code.Trim(), Upper = code.Trim().ToUpperInvariant() });
        return row is null ? null : WithLinks(connection, [row])[0];
    }

    /// <summary>The indicators with database ids <paramref name="keys"/>, by key.</summary>
    public static IReadOnlyDictionary<long, IndicatorInfo> ByKeys(SqliteConnection connection, IReadOnlyCollection<long> keys)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (keys.Count == 0)
        {
            return new Dictionary<long, IndicatorInfo>();
        }

        var rows = connection.Query<Row>($"SELECT {Columns} FROM indicators i WHERE i.id IN @Keys", new { Keys = keys }).ToList();
        return WithLinks(connection, rows).ToDictionary(i => i.Key);
    }

    private static List<IndicatorInfo> WithLinks(SqliteConnection connection, IReadOnlyList<Row> rows)
    {
        var links = SdgMappingRows.ReadFor(connection, rows.Select(r => r.Code).ToArray())
            .ToLookup(m => m.IndicatorId, StringComparer.Ordinal);
        return rows.Select(r => new IndicatorInfo(r.Key, r.Code, r.Title, r.TitleEn, r.Description, r.Unit, r.Source, r.HigherIsBetter, r.Scale, r.DividedByGender, r.Batch)
        {
            Links = links[r.Code]
                .Select(m => new SdgLink(m.Goal, m.TargetId, m.IsPrimary, m.Source.ToName(), m.Note, m.Progress ?? new SdgProgressSettings()))
                .ToList(),
        }).ToList();
    }

    private sealed class Row
    {
        public long Key { get; set; }

        public string Code { get; set; } = "";

        public string Title { get; set; } = "";

        public string? TitleEn { get; set; }

        public string? Description { get; set; }

        public string? Unit { get; set; }

        public string? Source { get; set; }

        public bool? HigherIsBetter { get; set; }

        public double? Scale { get; set; }

        public bool DividedByGender { get; set; }

        public long? Batch { get; set; }
    }
}
