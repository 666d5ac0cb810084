using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage;

/// <summary>
/// Opens connections with the settings every part of IndicatorHub relies on: WAL so the dashboard reads while
/// an import writes, foreign keys on, and a busy timeout instead of immediate "database is locked" errors.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;

    /// <summary>Creates a factory for the database file at <paramref name="databasePath"/>; its folder is created.</summary>
    /// <param name="databasePath">The file.</param>
    /// <param name="busyTimeout">How long a write waits for another writer's lock before giving up (default 30 s).</param>
    public SqliteConnectionFactory(string databasePath, TimeSpan? busyTimeout = null)
        : this(databasePath, inMemory: false, busyTimeout)
    {
    }

    private SqliteConnectionFactory(string databasePath, bool inMemory, TimeSpan? busyTimeout = null)
    {
        _busyTimeoutMilliseconds = (int)Math.Clamp((busyTimeout ?? DefaultBusyTimeout).TotalMilliseconds, 0, int.MaxValue);
        DatabasePath = databasePath;
        IsInMemory = inMemory;
        if (!inMemory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = inMemory ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Cache = inMemory ? SqliteCacheMode.Shared : SqliteCacheMode.Default,
            ForeignKeys = true,
            Pooling = !inMemory,
            DefaultTimeout = Math.Max(1, _busyTimeoutMilliseconds / 1000),
        }.ToString();
    }

    /// <summary>How long a write waits for another writer's lock unless told otherwise.</summary>
    public static TimeSpan DefaultBusyTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a write waits for another writer's lock, for messages that say so.</summary>
    public TimeSpan BusyTimeout => TimeSpan.FromMilliseconds(_busyTimeoutMilliseconds);

    /// <summary>The path or URI the factory was made for.</summary>
    public string DatabasePath { get; }

    /// <summary>True for a shared in-memory database (tests); such a database lives while one connection is open.</summary>
    public bool IsInMemory { get; }

    /// <summary>Opens a new connection with the store's pragmas applied.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // page_size only takes effect on a new, empty database (it must come before WAL is switched on); 8 KiB
        // pages make the observation B-tree shallower, which a bulk import of millions of rows feels.
        // Pooled connections keep their pragmas: an import session turns the automatic checkpoint off on its writer
        // (WalCheckpointer), so every connection handed out sets SQLite's default again.
        using var pragma = connection.CreateCommand();
        var busy = _busyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        pragma.CommandText = IsInMemory
            ? $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busy};"
            : $"PRAGMA busy_timeout = {busy}; PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 1000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A factory over a uniquely named shared in-memory database, for tests.</summary>
    public static SqliteConnectionFactory InMemory(string name) => new(name, inMemory: true);
}
