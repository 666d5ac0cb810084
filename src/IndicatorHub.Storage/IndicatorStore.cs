using IndicatorHub.Storage.Faults;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage;

/// <summary>
/// The SQLite store: its connections, migrations and writes (imports through <see cref="ImportWriter"/>, the SDG
/// mapping, the measure cache). Reads are query classes in <c>IndicatorHub.Storage.Queries</c> that take an open
/// connection.
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

    /// <summary>The connection factory: open one connection per request or command and run queries on it.</summary>
    public SqliteConnectionFactory Connections => _connections;

    /// <summary>Runs one query on a connection of its own, for callers that read once (tests, one-shot commands).</summary>
    public T Read<T>(Func<SqliteConnection, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = _connections.Open();
        return query(connection);
    }

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
        SqliteConnection? checkpoints = null;
        try
        {
            // An in-memory store has no write-ahead log to checkpoint.
            checkpoints = _connections.IsInMemory ? null : _connections.Open();
            return new StoreImportSession(connection, _clock, checkpoints);
        }
        catch
        {
            checkpoints?.Dispose();
            connection.Dispose();
            throw;
        }
    }
}
