using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>
/// Migration 7 (issue 9): users, the audit log, the history of replaced values and its trigger, saved column
/// mappings, and who imported and rolled back each batch. Safe to run twice: tables, indexes and the trigger are
/// created if missing and only missing columns are added.
/// </summary>
internal sealed class AnalystsMigration : IMigration
{
    private static readonly string[] BatchColumns = ["imported_by", "stored_file", "rolled_back_at", "rolled_back_by"];

    private readonly SqlScriptMigration _script = new(7, "analysts: users, audit, rollback", "migrations/0007_analysts.sql");

    public int Version => _script.Version;

    public string Name => _script.Name;

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        _script.Apply(connection, transaction);
        var existing = connection.Query<string>("SELECT name FROM pragma_table_info('import_batches')", transaction: transaction).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var column in BatchColumns.Where(c => !existing.Contains(c)))
        {
            connection.Execute($"ALTER TABLE import_batches ADD COLUMN {column} TEXT", transaction: transaction);
        }
    }
}
