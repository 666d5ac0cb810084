using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Audit;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Networks;

/// <summary>
/// Creates, renames and deletes networks and adds and removes their members. Every change is one transaction with
/// its audit entry. Callers that share the database with importers hold a <see cref="Writing.WriterTurn"/> from the
/// database's <see cref="Writing.WriterGate"/> while they call, as every writer does.
/// </summary>
/// <remarks>
/// A network is found by its URL key (slug) or its name without case. Renaming keeps the URL key, so links and
/// bookmarks to a network keep working.
/// </remarks>
public sealed class NetworkWriter(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Creates an empty network; its URL key is derived from the name.</summary>
    public NetworkChange Create(string name, string actor, bool isExample = false)
    {
        if (!NetworkNames.IsValidName(name))
        {
            return new NetworkChange(NetworkChangeResult.InvalidName);
        }

        var trimmed = name.Trim();
        var slug = NetworkNames.Slug(trimmed);
        return Change(actor, AuditAction.NetworkCreated, trimmed, (connection, transaction) =>
        {
            var taken = connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM networks WHERE slug = @Slug OR name_key = @Key OR slug = @Key",
                new { Slug = slug, Key = NetworkNames.Key(trimmed) },
                transaction);
            if (taken > 0)
            {
                return new NetworkChange(NetworkChangeResult.NameTaken);
            }

            var at = Now();
            connection.Execute(
                """
                INSERT INTO networks (slug, name, name_key, is_example, source, created_at, updated_at)
                VALUES (@Slug, @Name, @Key, @Example, NULL, @At, @At)
                """,
                new { Slug = slug, Name = trimmed, Key = NetworkNames.Key(trimmed), Example = isExample ? 1 : 0, At = at },
                transaction);
            return new NetworkChange(NetworkChangeResult.Done, slug);
        });
    }

    /// <summary>Gives a network a new name; its URL key stays.</summary>
    public NetworkChange Rename(string network, string newName, string actor)
    {
        if (!NetworkNames.IsValidName(newName))
        {
            return new NetworkChange(NetworkChangeResult.InvalidName);
        }

        var trimmed = newName.Trim();
        return Change(actor, AuditAction.NetworkRenamed, $"{network} → {trimmed}", (connection, transaction) =>
        {
            if (Find(connection, transaction, network) is not { } found)
            {
                return new NetworkChange(NetworkChangeResult.NetworkNotFound);
            }

            var key = NetworkNames.Key(trimmed);
            var taken = connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM networks WHERE id <> @Id AND (name_key = @Key OR slug = @Key)", new { found.Id, Key = key }, transaction);
            if (taken > 0)
            {
                return new NetworkChange(NetworkChangeResult.NameTaken);
            }

            connection.Execute(
                "UPDATE networks SET name = @Name, name_key = @Key, updated_at = @At WHERE id = @Id",
                new { Name = trimmed, Key = key, At = Now(), found.Id },
                transaction);
            return new NetworkChange(NetworkChangeResult.Done, found.Slug);
        });
    }

    /// <summary>Adds a municipality or region (code or name) with where its membership is documented.</summary>
    public NetworkChange AddMember(string network, string area, NetworkMemberSource? source, string actor)
    {
        source ??= NetworkMemberSource.None;
        if (source.Url is { } url && !IsHttpUrl(url))
        {
            return new NetworkChange(NetworkChangeResult.InvalidSourceUrl);
        }

        return Change(actor, AuditAction.NetworkMemberAdded, $"{network} + {area}", (connection, transaction) =>
        {
            if (Find(connection, transaction, network) is not { } found)
            {
                return new NetworkChange(NetworkChangeResult.NetworkNotFound);
            }

            if (FindArea(connection, transaction, area) is not { } member)
            {
                return new NetworkChange(NetworkChangeResult.UnknownArea);
            }

            if (member.Kind == "country")
            {
                return new NetworkChange(NetworkChangeResult.AreaNotAllowed);
            }

            var added = connection.Execute(
                """
                INSERT INTO network_members (network_id, area_id, source_url, source_date, note, added_at)
                VALUES (@Network, @Area, @Url, @Date, @Note, @At)
                ON CONFLICT (network_id, area_id) DO NOTHING
                """,
                new { Network = found.Id, Area = member.Id, Url = source.Url?.Trim(), Date = FormatDate(source.Date), Note = source.Note?.Trim(), At = Now() },
                transaction);
            if (added == 0)
            {
                return new NetworkChange(NetworkChangeResult.AlreadyMember);
            }

            Touch(connection, transaction, found.Id);
            return new NetworkChange(NetworkChangeResult.Done, found.Slug);
        });
    }

    /// <summary>Removes a member (code or name).</summary>
    public NetworkChange RemoveMember(string network, string area, string actor) =>
        Change(actor, AuditAction.NetworkMemberRemoved, $"{network} − {area}", (connection, transaction) =>
        {
            if (Find(connection, transaction, network) is not { } found)
            {
                return new NetworkChange(NetworkChangeResult.NetworkNotFound);
            }

            if (FindArea(connection, transaction, area) is not { } member)
            {
                return new NetworkChange(NetworkChangeResult.UnknownArea);
            }

            var removed = connection.Execute(
                "DELETE FROM network_members WHERE network_id = @Network AND area_id = @Area", new { Network = found.Id, Area = member.Id }, transaction);
            if (removed == 0)
            {
                return new NetworkChange(NetworkChangeResult.NotAMember);
            }

            Touch(connection, transaction, found.Id);
            return new NetworkChange(NetworkChangeResult.Done, found.Slug);
        });

    /// <summary>Deletes a network and its member list (the areas and their values stay).</summary>
    public NetworkChange Delete(string network, string actor) =>
        Change(actor, AuditAction.NetworkDeleted, network, (connection, transaction) =>
        {
            if (Find(connection, transaction, network) is not { } found)
            {
                return new NetworkChange(NetworkChangeResult.NetworkNotFound);
            }

            connection.Execute("DELETE FROM network_members WHERE network_id = @Id", new { found.Id }, transaction);
            connection.Execute("DELETE FROM networks WHERE id = @Id", new { found.Id }, transaction);
            return new NetworkChange(NetworkChangeResult.Done, found.Slug);
        });

    /// <summary>A date as stored in network_members.source_date (ISO 8601), or null.</summary>
    internal static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private NetworkChange Change(string actor, AuditAction action, string detail, Func<SqliteConnection, SqliteTransaction, NetworkChange> change)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        var result = change(connection, transaction);
        if (!result.Succeeded)
        {
            return result;
        }

        AuditLog.Write(connection, transaction, clock, actor, action, null, detail);
        transaction.Commit();
        return result;
    }

    private static (long Id, string Slug)? Find(SqliteConnection connection, SqliteTransaction transaction, string network) =>
        string.IsNullOrWhiteSpace(network)
            ? null
            : connection.QuerySingleOrDefault<(long Id, string Slug)?>(
                "SELECT id, slug FROM networks WHERE slug = @Key OR name_key = @Key",
                new { Key = NetworkNames.Key(network) },
                transaction);

    private static (long Id, string Kind)? FindArea(SqliteConnection connection, SqliteTransaction transaction, string area) =>
        string.IsNullOrWhiteSpace(area)
            ? null
            : connection.QuerySingleOrDefault<(long Id, string Kind)?>(
                "SELECT a.id, a.kind FROM area_aliases x JOIN areas a ON a.id = x.area_id WHERE x.alias = @Alias",
                new { Alias = AreaKinds.AliasKey(area) },
                transaction);

    private void Touch(SqliteConnection connection, SqliteTransaction transaction, long id) =>
        connection.Execute("UPDATE networks SET updated_at = @At WHERE id = @Id", new { At = Now(), Id = id }, transaction);

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
