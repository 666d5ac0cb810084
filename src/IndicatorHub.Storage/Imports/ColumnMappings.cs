using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Audit;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Imports;

/// <summary>A long-CSV column mapping saved by name, so the next file of the same shape maps in one choice.</summary>
/// <param name="Name">The name the analyst gave it.</param>
/// <param name="Columns">Canonical column → the file's header.</param>
public sealed record SavedColumnMapping(string Name, IReadOnlyDictionary<string, string> Columns);

/// <summary>Saves and lists named column mappings; a save replaces the mapping of the same name and is audited.</summary>
public static class ColumnMappings
{
    /// <summary>Saves (or replaces) <paramref name="mapping"/> under its name for <paramref name="user"/>.</summary>
    public static void Save(SqliteConnectionFactory connections, TimeProvider clock, SavedColumnMapping mapping, string user)
    {
        var text = string.Join('\n', mapping.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            """
            INSERT INTO column_mappings (name, mapping, saved_by, saved_at) VALUES (@Name, @Mapping, @User, @At)
            ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, saved_by = excluded.saved_by, saved_at = excluded.saved_at
            """,
            new { mapping.Name, Mapping = text, User = user, At = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
            transaction);
        AuditLog.Write(connection, transaction, clock, user, AuditAction.MappingSaved, null, $"{mapping.Name}: {text.Replace('\n', ' ')}");
        transaction.Commit();
    }

    /// <summary>Every saved mapping, by name.</summary>
    public static IReadOnlyList<SavedColumnMapping> List(SqliteConnection connection) =>
        connection.Query<(string Name, string Mapping)>("SELECT name, mapping FROM column_mappings ORDER BY name")
            .Select(r => new SavedColumnMapping(r.Name, Parse(r.Mapping)))
            .ToList();

    private static Dictionary<string, string> Parse(string text)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                columns[line[..equals]] = line[(equals + 1)..];
            }
        }

        return columns;
    }
}
