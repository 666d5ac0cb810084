using System.Globalization;
using IndicatorHub.Cli.Output;
using IndicatorHub.Storage.Faults;

namespace IndicatorHub.Cli.Faults;

/// <summary>The CLI's words for a <see cref="StoreFault"/>: what happened to which file, and what to do.</summary>
internal static class StoreFaultMessages
{
    internal static string Describe(StoreFaultException fault, TimeSpan busyTimeout)
    {
        var path = OneLine.Of(fault.DatabasePath);
        var detail = fault.Detail is null ? string.Empty : $" (SQLite: {OneLine.Of(fault.Detail)})";
        return fault.Fault switch
        {
            StoreFault.Locked => string.Create(CultureInfo.InvariantCulture,
                $"the database {path} is locked: another program is writing to it and still held the lock after {busyTimeout.TotalSeconds:0.#} s. Wait until that import or command has finished and run this one again. Nothing was changed."),
            StoreFault.Damaged =>
                $"the database {path} is damaged{detail}. Nothing was changed. Restore it from a backup, or move it aside and import your files again into a new database.",
            StoreFault.NotADatabase =>
                $"{path} is not an IndicatorHub database (it is no SQLite file). Check the --db path or IndicatorHub__DatabasePath; the file was not touched.",
            StoreFault.ReadOnly =>
                $"the database {path} cannot be written: the file, its folder or the disk it is on is read-only{detail}. Check the permissions (and the mount), or choose another database with --db. Nothing was changed.",
            StoreFault.DiskFull =>
                $"the disk holding the database {path} is full. Free some space and run the command again. Nothing was stored.",
            StoreFault.IsAFolder =>
                $"{path} is a folder, not a database file. Give --db the path of a file, such as {OneLine.Of(Path.Combine(fault.DatabasePath, "indicatorhub.db"))}.",
            _ =>
                $"the database {path} cannot be opened{detail}. Check that its folder exists and that you may read and write there. Nothing was changed.",
        };
    }
}
