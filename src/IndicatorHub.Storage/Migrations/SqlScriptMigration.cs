using System.Reflection;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>A migration that runs an embedded .sql script.</summary>
internal sealed class SqlScriptMigration(int version, string name, string resourceName) : IMigration
{
    public int Version => version;

    public string Name => name;

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration script {resourceName} is not embedded in {nameof(IndicatorHub)}.Storage.");
        using var reader = new StreamReader(stream);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = reader.ReadToEnd();
        command.ExecuteNonQuery();
    }
}
