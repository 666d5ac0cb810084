using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Migrations;

namespace IndicatorHub.Storage;

/// <summary>
/// The SQLite store: areas, indicators, observations and the import batches that set them. Split into partial
/// files by concern (areas, indicators, batches, observations); writes of an import go through
/// <see cref="ImportWriter"/>, which this class opens.
/// </summary>
public sealed partial class IndicatorStore
{
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _clock;

    /// <summary>Creates a store over the given database; call <see cref="Initialize"/> before use.</summary>
    public IndicatorStore(SqliteConnectionFactory connections, TimeProvider clock)
    {
        _connections = connections;
        _clock = clock;
    }

    /// <summary>The connection factory, for queries that live beside the pages that show them.</summary>
    public SqliteConnectionFactory Connections => _connections;

    /// <summary>Creates the database if needed and applies pending migrations.</summary>
    /// <returns>The migration versions applied now (empty when the database was current).</returns>
    public IReadOnlyList<int> Initialize()
    {
        using var connection = _connections.Open();
        return MigrationRunner.Run(connection, _clock);
    }

    /// <summary>Opens a store at <paramref name="databasePath"/> and migrates it.</summary>
    public static IndicatorStore Open(string databasePath, TimeProvider? clock = null)
    {
        var store = new IndicatorStore(new SqliteConnectionFactory(databasePath), clock ?? TimeProvider.System);
        store.Initialize();
        return store;
    }

    /// <summary>
    /// Begins importing one file: opens a connection and a transaction that <see cref="ImportWriter.Finish"/>
    /// commits or rolls back. Dispose the writer without finishing to abandon the import.
    /// </summary>
    public ImportWriter BeginImport(ImportBatchStart start)
    {
        var session = BeginImportSession();
        try
        {
            var writer = session.BeginFile(start);
            writer.OwnedSession = session;
            return writer;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Begins importing many files in a row over one connection and one set of in-memory directories; each file
    /// is still its own batch and transaction (<see cref="StoreImportSession.BeginFile"/>).
    /// </summary>
    public StoreImportSession BeginImportSession()
    {
        var connection = _connections.Open();
        try
        {
            return new StoreImportSession(connection, _clock);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
