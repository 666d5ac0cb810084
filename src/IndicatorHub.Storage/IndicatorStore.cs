using IndicatorHub.Storage.Faults;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Migrations;
using Microsoft.Data.Sqlite;

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
    /// <param name="checkIntegrity">Run quick_check first and refuse a damaged file (before anything writes to it).</param>
    /// <returns>The migration versions applied now (empty when the database was current).</returns>
    /// <exception cref="StoreFaultException">The file is damaged, locked, read-only, full or no database.</exception>
    public IReadOnlyList<int> Initialize(bool checkIntegrity = false)
    {
        try
        {
            using var connection = _connections.Open();
            if (checkIntegrity && !_connections.IsInMemory)
            {
                StoreFaults.QuickCheck(connection, _connections.DatabasePath);
            }

            return MigrationRunner.Run(connection, _clock);
        }
        catch (SqliteException e) when (StoreFaults.From(e, _connections.DatabasePath) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>
    /// Opens a store at <paramref name="databasePath"/> and migrates it. The path is checked first (a folder or a
    /// file that is no SQLite database is refused untouched); <paramref name="forWriting"/> adds quick_check, so
    /// that nothing is written into a damaged file.
    /// </summary>
    /// <exception cref="StoreFaultException">The database cannot be used; nothing was changed.</exception>
    public static IndicatorStore Open(string databasePath, TimeProvider? clock = null, bool forWriting = false, TimeSpan? busyTimeout = null)
    {
        StoreFaults.CheckPath(databasePath);
        SqliteConnectionFactory connections;
        try
        {
            connections = new SqliteConnectionFactory(databasePath, busyTimeout);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreFaultException(StoreFault.ReadOnly, databasePath, e.Message, e);
        }
        catch (IOException e)
        {
            throw new StoreFaultException(StoreFault.CannotOpen, databasePath, e.Message, e);
        }

        var store = new IndicatorStore(connections, clock ?? TimeProvider.System);
        store.Initialize(forWriting);
        return store;
    }

    /// <summary>
    /// Begins importing one file: opens a connection and a transaction that <see cref="ImportWriter.Finish"/>
    /// commits or rolls back. Dispose the writer without finishing to abandon the import.
    /// </summary>
    public ImportWriter BeginImport(ImportBatchStart start)
    {
        var areas = LoadAreaDirectory();
        var connection = _connections.Open();
        try
        {
            return new ImportWriter(connection, _clock, start, areas);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
