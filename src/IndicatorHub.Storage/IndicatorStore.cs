using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Migrations;
using IndicatorHub.Storage.Queries.Areas;
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
        var connection = _connections.Open();
        try
        {
            return new ImportWriter(connection, _clock, start, AreaDirectoryQuery.Run(connection));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
