using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Imports;

/// <summary>
/// Checkpoints the write-ahead log on a thread of its own while an import session writes. By default SQLite runs a
/// checkpoint inside the commit that grows the log past 1 000 pages, on the writer's thread: copying those pages
/// into the database and syncing it stalled the import every few files. Here a second connection copies whatever
/// is committed twice a second, without waiting for readers or the writer (PASSIVE), on the other core.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly SqliteConnection _connection;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;

    internal WalCheckpointer(SqliteConnection connection)
    {
        _connection = connection;
        _thread = new Thread(Run) { IsBackground = true, Name = "IndicatorHub checkpoint" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        Checkpoint();
        _connection.Dispose();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(Interval))
        {
            Checkpoint();
        }
    }

    private void Checkpoint()
    {
        try
        {
            _connection.Execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
        catch (SqliteException)
        {
            // Busy or locked for a moment: the next round, or the next connection's own checkpoint, copies it.
        }
    }
}
