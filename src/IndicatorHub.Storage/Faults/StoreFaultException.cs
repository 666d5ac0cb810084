namespace IndicatorHub.Storage.Faults;

/// <summary>
/// The database cannot be used for what was asked: <see cref="Fault"/> says why and <see cref="DatabasePath"/>
/// which file. Whatever the command was doing is rolled back; the store is as it was.
/// </summary>
public sealed class StoreFaultException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreFaultException(StoreFault fault, string databasePath, string? detail = null, Exception? inner = null)
        : base($"{fault}: {databasePath}{(detail is null ? string.Empty : ": " + detail)}", inner)
    {
        Fault = fault;
        DatabasePath = databasePath;
        Detail = detail;
    }

    /// <summary>What is wrong.</summary>
    public StoreFault Fault { get; }

    /// <summary>The database file as configured.</summary>
    public string DatabasePath { get; }

    /// <summary>What SQLite or the check reported, short and untranslated, when that helps (e.g. quick_check's first line).</summary>
    public string? Detail { get; }
}
