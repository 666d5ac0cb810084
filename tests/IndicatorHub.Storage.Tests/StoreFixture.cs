using IndicatorHub.Storage;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Tests;

/// <summary>
/// A migrated store on a private in-memory database. The keep-alive connection holds the shared-cache
/// database open for the fixture's lifetime (it vanishes with its last connection).
/// </summary>
internal sealed class StoreFixture : IDisposable
{
    private readonly SqliteConnection _keepAlive;

    internal StoreFixture(TimeProvider? clock = null)
    {
        var factory = SqliteConnectionFactory.InMemory("store-" + Guid.NewGuid().ToString("N"));
        _keepAlive = factory.Open();
        Store = new IndicatorStore(factory, clock ?? TimeProvider.System);
        Store.Initialize();
    }

    internal IndicatorStore Store { get; }

    internal SqliteConnection Connection => _keepAlive;

    public void Dispose() => _keepAlive.Dispose();
}
