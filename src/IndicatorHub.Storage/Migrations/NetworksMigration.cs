using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Networks;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>
/// Migration 9 (issue 8): the networks and network_members tables, seeded with the networks shipped in
/// data/networks, each member with its source page and date. A shipped file naming an unknown area fails the
/// migration (and the build's tests): a member silently dropped would change a published comparison.
/// </summary>
internal sealed class NetworksMigration : IMigration
{
    private readonly SqlScriptMigration _script = new(9, "networks", "migrations/0009_networks.sql");

    public int Version => _script.Version;

    public string Name => _script.Name;

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) => Apply(connection, transaction, TimeProvider.System);

    public void Apply(SqliteConnection connection, SqliteTransaction transaction, TimeProvider clock)
    {
        _script.Apply(connection, transaction);
        var at = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var aliases = connection.Query<(string Alias, long Id, string Kind)>(
                "SELECT x.alias, a.id, a.kind FROM area_aliases x JOIN areas a ON a.id = x.area_id", transaction: transaction)
            .ToDictionary(r => r.Alias, r => (r.Id, r.Kind), StringComparer.Ordinal);
        foreach (var network in ShippedNetworks.All())
        {
            var id = connection.ExecuteScalar<long>(
                """
                INSERT INTO networks (slug, name, name_key, is_example, source, created_at, updated_at)
                VALUES (@Slug, @Name, @Key, @Example, @Source, @At, @At)
                RETURNING id
                """,
                new { network.Slug, network.Name, Key = NetworkNames.Key(network.Name), Example = network.IsExample ? 1 : 0, network.Source, At = at },
                transaction);
            foreach (var member in network.Members)
            {
                if (!aliases.TryGetValue(AreaKinds.AliasKey(member.Area), out var area) || area.Kind == "country")
                {
                    throw new InvalidOperationException($"{network.Source}: '{member.Area}' is no municipality or region of the reference areas.");
                }

                connection.Execute(
                    """
                    INSERT INTO network_members (network_id, area_id, source_url, source_date, note, added_at)
                    VALUES (@Network, @Area, @Url, @Date, @Note, @At)
                    ON CONFLICT (network_id, area_id) DO NOTHING
                    """,
                    new { Network = id, Area = area.Id, member.Source.Url, Date = NetworkWriter.FormatDate(member.Source.Date), member.Source.Note, At = at },
                    transaction);
            }
        }
    }
}
