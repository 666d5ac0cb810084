using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Storage.Migrations;
using IndicatorHub.Storage.Queries.Areas;

namespace IndicatorHub.Storage.Tests.Migrations;

public class MigrationRunnerTests
{
    [Test]
    public void A_new_database_gets_every_migration_once()
    {
        using var fixture = new StoreFixture();

        var versions = fixture.Connection.Query<int>("SELECT version FROM schema_migrations ORDER BY version").ToList();

        Assert.That(versions, Is.EqualTo(MigrationRunner.All.Select(m => m.Version)));
        Assert.That(fixture.Store.Initialize(), Is.Empty, "a second start applies nothing");
    }

    [Test]
    public void Foreign_keys_are_enforced()
    {
        using var fixture = new StoreFixture();
        using var connection = fixture.Store.Connections.Open();

        Assert.That(
            () => connection.Execute("INSERT INTO area_aliases (alias, area_id) VALUES ('X', 999999)"),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("FOREIGN KEY"));
    }

    [Test]
    public void A_database_file_uses_write_ahead_logging_and_8_KiB_pages()
    {
        var path = Path.Combine(Path.GetTempPath(), "ih-wal-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var store = IndicatorStore.Open(path);
            using var connection = store.Connections.Open();

            Assert.That(connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(connection.ExecuteScalar<long>("PRAGMA page_size"), Is.EqualTo(8192));
            Assert.That(store.Read(AreaListQuery.Run), Has.Count.EqualTo(312));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
