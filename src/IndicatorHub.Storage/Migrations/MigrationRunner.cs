using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>
/// Brings a database up to the current schema version. Each migration runs in its own transaction together
/// with its schema_migrations row, so a crash leaves the database at the last completed version.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>All migrations, in order. Append only: never edit one that has shipped.</summary>
    internal static IReadOnlyList<IMigration> All { get; } =
    [
        new SqlScriptMigration(1, "schema", "migrations/0001_schema.sql"),
        new ReferenceAreasMigration(),
        new SdgMappingsMigration(),
        new SqlScriptMigration(4, "measure cache", "migrations/0004_measure_cache.sql"),
        new SdgMappingsRefreshMigration(),
        new SqlScriptMigration(6, "observations by area", "migrations/0006_observations_by_area.sql"),
        new AnalystsMigration(),
        new SqlScriptMigration(8, "import fingerprints", "migrations/0008_import_fingerprints.sql"),
        new NetworksMigration(),
        new SqlScriptMigration(10, "web jobs", "migrations/0010_web_jobs.sql"),
        new SqlScriptMigration(12, "data generation", "migrations/0012_data_generation.sql"),
        new SqlScriptMigration(13, "drop observations by area", "migrations/0013_drop_observations_by_area.sql"),
        new SqlScriptMigration(14, "rows empty", "migrations/0014_rows_empty.sql"),
    ];

    /// <summary>The version a fully migrated database has.</summary>
    internal static int LatestVersion => All[^1].Version;

    /// <summary>Applies every migration newer than the database's version.</summary>
    /// <returns>The versions applied.</returns>
    internal static IReadOnlyList<int> Run(SqliteConnection connection, TimeProvider clock)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """);
        var current = connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_migrations") ?? 0;
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this IndicatorHub ({LatestVersion}). Upgrade IndicatorHub.");
        }

        var applied = new List<int>();
        // Every migration not yet recorded, not only those above the highest: branches merged in a different order
        // than they were numbered (a database at 7 before 6 existed) still get the one they missed.
        var recorded = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        foreach (var migration in All.Where(m => !recorded.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            migration.Apply(connection, transaction, clock);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
                transaction);
            transaction.Commit();
            applied.Add(migration.Version);
        }

        return applied;
    }
}
