using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>One versioned step of the schema or its seeded reference data.</summary>
internal interface IMigration
{
    /// <summary>Strictly increasing version number.</summary>
    int Version { get; }

    /// <summary>A short name recorded in schema_migrations.</summary>
    string Name { get; }

    /// <summary>Applies the step inside the runner's transaction.</summary>
    void Apply(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Applies the step with the store's clock, for steps that record when they seeded something.</summary>
    void Apply(SqliteConnection connection, SqliteTransaction transaction, TimeProvider clock) => Apply(connection, transaction);
}
