using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Faults;

/// <summary>
/// Sorts SQLite's errors into the <see cref="StoreFault"/>s a user can act on, and checks a database file before
/// and after opening it, so that a folder, a CSV or a damaged file is refused before anything is written to it.
/// </summary>
public static class StoreFaults
{
    // SQLite's primary result codes (the low byte of an extended code).
    private const int SqlitePerm = 3;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADb = 26;

    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    /// <summary>The fault an exception from SQLite stands for, or null when it is none of these (a bug, a constraint).</summary>
    public static StoreFault? Classify(SqliteException exception) => (exception.SqliteExtendedErrorCode & 0xFF) switch
    {
        SqliteBusy or SqliteLocked => StoreFault.Locked,
        SqliteCorrupt => StoreFault.Damaged,
        SqliteNotADb => StoreFault.NotADatabase,
        SqliteReadOnly or SqlitePerm => StoreFault.ReadOnly,
        SqliteFull => StoreFault.DiskFull,
        SqliteCantOpen or SqliteIoErr => StoreFault.CannotOpen,
        _ => (exception.SqliteErrorCode & 0xFF) switch
        {
            SqliteBusy or SqliteLocked => StoreFault.Locked,
            SqliteCorrupt => StoreFault.Damaged,
            SqliteNotADb => StoreFault.NotADatabase,
            SqliteReadOnly or SqlitePerm => StoreFault.ReadOnly,
            SqliteFull => StoreFault.DiskFull,
            SqliteCantOpen or SqliteIoErr => StoreFault.CannotOpen,
            _ => null,
        },
    };

    /// <summary>A <see cref="StoreFaultException"/> for <paramref name="exception"/>, or null when it is no store fault.</summary>
    public static StoreFaultException? From(SqliteException exception, string databasePath) =>
        Classify(exception) is { } fault ? new StoreFaultException(fault, databasePath, FirstLine(exception.Message), exception) : null;

    /// <summary>
    /// Checks the path before SQLite opens it: a folder, or an existing file that does not start with SQLite's
    /// header (a CSV given to --db by mistake), is refused without touching it. A missing or empty file is fine: it
    /// becomes a new database.
    /// </summary>
    public static void CheckPath(string databasePath)
    {
        if (Directory.Exists(databasePath))
        {
            throw new StoreFaultException(StoreFault.IsAFolder, databasePath);
        }

        if (!File.Exists(databasePath))
        {
            return;
        }

        Span<byte> header = stackalloc byte[100];
        int read;
        try
        {
            using var file = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreFaultException(StoreFault.CannotOpen, databasePath, e.Message, e);
        }
        catch (IOException e)
        {
            throw new StoreFaultException(StoreFault.CannotOpen, databasePath, e.Message, e);
        }

        if (read == 0)
        {
            return;
        }

        if (read < SqliteHeader.Length || !header[..SqliteHeader.Length].SequenceEqual(SqliteHeader))
        {
            throw new StoreFaultException(StoreFault.NotADatabase, databasePath);
        }

        if (read < header.Length)
        {
            throw new StoreFaultException(StoreFault.Damaged, databasePath, "the file ends inside the database header");
        }
    }

    /// <summary>
    /// Runs SQLite's quick_check (cheap: no index cross-checks) and throws <see cref="StoreFaultException"/> with
    /// <see cref="StoreFault.Damaged"/> unless it answers ok. Done before writing, so that an import never reports
    /// "stored" into a file that is already broken.
    /// </summary>
    public static void QuickCheck(SqliteConnection connection, string databasePath)
    {
        string? answer;
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            answer = command.ExecuteScalar() as string;
        }
        catch (SqliteException e) when (Classify(e) is { } fault)
        {
            throw new StoreFaultException(fault, databasePath, FirstLine(e.Message), e);
        }

        if (!string.Equals(answer, "ok", StringComparison.Ordinal))
        {
            throw new StoreFaultException(StoreFault.Damaged, databasePath, FirstLine(answer ?? "no answer from quick_check"));
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
