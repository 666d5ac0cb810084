using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Generations;

/// <summary>
/// The data generation held in memory for the caches of a long-running process (the web's profiles, spreads and
/// chart bytes), so a request that can be answered from a cache asks the store nothing but SQLite's
/// <c>PRAGMA data_version</c> on one kept-open connection: that number changes whenever any other connection —
/// this process's writer or the CLI in another process — commits, and costs no table read. Only then is the
/// generation itself read again. The generation is persistent (not a counter of this process), so an ETag made
/// from it stays valid across restarts and never names two different states of the data.
/// </summary>
public sealed class DataGenerationWatch(SqliteConnectionFactory connections) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _dataVersion;
    private long _seenDataVersion = long.MinValue;
    private long _generation;

    /// <summary>The generation of the data as committed now.</summary>
    public long Current
    {
        get
        {
            lock (_gate)
            {
                if (_connection is null)
                {
                    _connection = connections.Open();
                    _dataVersion = _connection.CreateCommand();
                    _dataVersion.CommandText = "PRAGMA data_version";
                }

                // data_version first, the generation after: a commit between the two is then seen again next time.
                var dataVersion = (long)_dataVersion!.ExecuteScalar()!;
                if (dataVersion != _seenDataVersion)
                {
                    _generation = DataGenerationQuery.Current(_connection);
                    _seenDataVersion = dataVersion;
                }

                return _generation;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _dataVersion?.Dispose();
            _connection?.Dispose();
            _dataVersion = null;
            _connection = null;
        }
    }
}
