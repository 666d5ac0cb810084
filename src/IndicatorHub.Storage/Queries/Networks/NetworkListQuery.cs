using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Networks;

/// <summary>Every network with its member count, by name.</summary>
public static class NetworkListQuery
{
    /// <summary>Runs the query on an open connection.</summary>
    public static IReadOnlyList<NetworkSummary> Run(SqliteConnection connection) =>
        connection.Query<(string Slug, string Name, long IsExample, long MemberCount, string? Source)>(
                """
                SELECT n.slug, n.name, n.is_example, (SELECT COUNT(*) FROM network_members m WHERE m.network_id = n.id), n.source
                FROM networks n
                ORDER BY n.name_key
                """)
            .Select(r => new NetworkSummary(r.Slug, r.Name, r.IsExample != 0, (int)r.MemberCount, r.Source))
            .ToList();
}
