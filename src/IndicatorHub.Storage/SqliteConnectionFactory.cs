using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage;

/// <summary>
/// Opens connections with the settings every part of IndicatorHub relies on: WAL so the dashboard reads while
/// an import writes, foreign keys on, and a busy timeout instead of immediate "database is locked" errors.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;

    /// <summary>Creates a factory for the database file at <paramref name="databasePath"/>; its folder is created.</summary>
    public SqliteConnectionFactory(string databasePath)
        : this(databasePath, inMemory: false)
    {
    }

    private SqliteConnectionFactory(string databasePath, bool inMemory)
    {
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
            DefaultTimeout = 30,
        }.ToString();
    }

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
        using var pragma = connection.CreateCommand();
        pragma.CommandText = IsInMemory
            ? "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;"
            : "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA temp_store = MEMORY;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A factory over a uniquely named shared in-memory database, for tests.</summary>
    public static SqliteConnectionFactory InMemory(string name) => new(name, inMemory: true);
}
