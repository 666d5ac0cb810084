using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Networks;
using IndicatorHub.Storage.Queries.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Networks;

/// <summary>One network, by its URL key or its name without case, with its members sorted by name.</summary>
public static class NetworkQuery
{
    /// <summary>The network <paramref name="slugOrName"/> names, or null.</summary>
    public static NetworkDetail? Run(SqliteConnection connection, string slugOrName)
    {
        if (string.IsNullOrWhiteSpace(slugOrName))
        {
            return null;
        }

        var network = connection.QuerySingleOrDefault<(long Id, string Slug, string Name, long IsExample, string? Source, string UpdatedAt)?>(
            "SELECT id, slug, name, is_example, source, updated_at FROM networks WHERE slug = @Key OR name_key = @Key",
            new { Key = NetworkNames.Key(slugOrName) });
        if (network is not { } n)
        {
            return null;
        }

        var members = connection.Query<MemberRow>(
                $"""
                SELECT {AreaRow.Columns}, m.source_url AS SourceUrl, m.source_date AS SourceDate, m.note AS Note
                FROM network_members m JOIN areas a ON a.id = m.area_id
                WHERE m.network_id = @Id
                ORDER BY a.name, a.code
                """,
                new { n.Id })
            .Select(r => new NetworkMember(
                new AreaRow(r.Code, r.KoladaId, r.Name, r.Kind, r.CountyCode, r.GroupId, r.GroupTitle).ToArea(),
                r.SourceUrl,
                r.SourceDate is null ? null : DateOnly.ParseExact(r.SourceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Note))
            .ToList();
        return new NetworkDetail(n.Slug, n.Name, n.IsExample != 0, n.Source, DateTimeOffset.Parse(n.UpdatedAt, CultureInfo.InvariantCulture), members);
    }

    private sealed record MemberRow(
        string Code, string KoladaId, string Name, string Kind, string? CountyCode, string? GroupId, string? GroupTitle,
        string? SourceUrl, string? SourceDate, string? Note);
}
