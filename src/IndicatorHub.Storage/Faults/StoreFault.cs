namespace IndicatorHub.Storage.Faults;

/// <summary>What is wrong with the database file, as far as a user can act on it. Front ends word each one.</summary>
public enum StoreFault
{
    /// <summary>Another connection holds the write lock past the busy timeout: wait and try again.</summary>
    Locked,

    /// <summary>The file is a SQLite database whose header, pages or length are damaged: restore from a backup.</summary>
    Damaged,

    /// <summary>The file exists but is no SQLite database (a CSV, a text file): check the path.</summary>
    NotADatabase,

    /// <summary>The file, its folder or its mount cannot be written: check permissions.</summary>
    ReadOnly,

    /// <summary>The disk is full: free space.</summary>
    DiskFull,

    /// <summary>The path names a folder, not a file.</summary>
    IsAFolder,

    /// <summary>The file cannot be opened or created (a missing or unreadable folder, an I/O error).</summary>
    CannotOpen,
}
