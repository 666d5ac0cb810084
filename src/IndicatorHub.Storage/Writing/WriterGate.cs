using System.Globalization;

namespace IndicatorHub.Storage.Writing;

/// <summary>
/// The one queue of writers of a database, shared by every process that opens it (the web app, any number of
/// CLI runs). A writer takes a ticket (a file in <c>&lt;db&gt;.write.queue/</c>, held locked while its owner
/// lives), waits until no live ticket is older than its own, then takes the OS lock on <c>&lt;db&gt;.write.lock</c>
/// for as long as it writes. So a second writer waits its turn in arrival order with a known position instead
/// of failing on SQLite's busy timeout; readers never come here (WAL lets them read during a write).
/// </summary>
/// <remarks>
/// Locks are advisory OS locks taken by opening with <see cref="FileShare.None"/> (flock on Linux, share modes
/// on Windows): the OS releases them when a process dies, so a crashed writer never blocks the queue. A ticket
/// whose file can be opened exclusively belongs to a process that is gone and is removed.
/// </remarks>
public sealed class WriterGate
{
    private static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(100);
    private readonly string _lockPath;
    private readonly string _queueFolder;
    private readonly TimeSpan _poll;

    /// <summary>The gate of the database at <paramref name="databasePath"/>.</summary>
    public WriterGate(string databasePath, TimeSpan? poll = null)
    {
        var full = Path.GetFullPath(databasePath);
        _lockPath = full + ".write.lock";
        _queueFolder = full + ".write.queue";
        _poll = poll ?? DefaultPoll;
    }

    /// <summary>
    /// Waits for this writer's turn and holds it until the returned turn is disposed.
    /// <paramref name="waiting"/> is called with the writer's position (1 = next) whenever it changes while waiting.
    /// </summary>
    public async Task<WriterTurn> EnterAsync(Action<int>? waiting = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(_queueFolder);
        var ticket = TakeTicket(out var ticketName);
        try
        {
            var lastPosition = 0;
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                var ahead = LiveTicketsAhead(ticketName);
                if (ahead == 0 && TryLock(out var held))
                {
                    ticket.Dispose();
                    TryDelete(Path.Combine(_queueFolder, ticketName));
                    return new WriterTurn(held);
                }

                // Position counts the writer holding the lock (when this one is first in line) and the tickets ahead.
                var position = ahead + 1;
                if (position != lastPosition)
                {
                    lastPosition = position;
                    waiting?.Invoke(position);
                }

                await Task.Delay(_poll, cancellation).ConfigureAwait(false);
            }
        }
        catch
        {
            ticket.Dispose();
            TryDelete(Path.Combine(_queueFolder, ticketName));
            throw;
        }
    }

    /// <summary>The synchronous form of <see cref="EnterAsync"/>, for the CLI.</summary>
    public WriterTurn Enter(Action<int>? waiting = null, CancellationToken cancellation = default) =>
        EnterAsync(waiting, cancellation).GetAwaiter().GetResult();

    private FileStream TakeTicket(out string name)
    {
        while (true)
        {
            // Sortable by arrival: UTC ticks, then a random tail against ties.
            name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow.Ticks:D19}-{Guid.NewGuid():N}.ticket");
            try
            {
                return new FileStream(Path.Combine(_queueFolder, name), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (File.Exists(Path.Combine(_queueFolder, name)))
            {
                // Same name twice: take another.
            }
        }
    }

    private int LiveTicketsAhead(string mine)
    {
        var ahead = 0;
        foreach (var path in Directory.EnumerateFiles(_queueFolder, "*.ticket"))
        {
            var name = Path.GetFileName(path);
            if (string.CompareOrdinal(name, mine) >= 0)
            {
                continue;
            }

            if (IsAbandoned(path))
            {
                TryDelete(path);
                continue;
            }

            ahead++;
        }

        return ahead;
    }

    private static bool IsAbandoned(string path)
    {
        // A ticket younger than a second may be between its creation and its owner's lock on another OS.
        if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < TimeSpan.FromSeconds(1))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private bool TryLock(out FileStream held)
    {
        try
        {
            held = new FileStream(_lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            held = null!;
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Another waiter removed it first.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the next waiter to clear.
        }
    }
}

/// <summary>A writer's turn at a database; dispose it when the write is done so the next writer may start.</summary>
public sealed class WriterTurn : IDisposable
{
    private readonly FileStream _lock;

    internal WriterTurn(FileStream heldLock) => _lock = heldLock;

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
