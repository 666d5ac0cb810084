using System.CommandLine;
using IndicatorHub.Cli.Faults;
using IndicatorHub.Cli.Output;
using IndicatorHub.Storage.Faults;
using Microsoft.Data.Sqlite;
using IndicatorHub.Cli.Commands.Export;
using IndicatorHub.Cli.Commands.Fetch;
using IndicatorHub.Cli.Commands.Import;
using IndicatorHub.Cli.Commands.List;
using IndicatorHub.Cli.Commands.Sdg;
using IndicatorHub.Cli.Commands.Users;
using IndicatorHub.Cli.Commands.Measures;
using IndicatorHub.Cli.Commands.Report;

namespace IndicatorHub.Cli;

/// <summary>The `indicatorhub` command: a stable contract that scripts and later features build on.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("IndicatorHub: Agenda 2030 health-equity indicators for Swedish municipalities and regions.")
        {
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            ListCommand.Create(context),
            SdgCommand.Create(context),
            MeasuresCommand.Create(context),
            UsersCommand.Create(context),
            FetchCommand.Create(context),
            ReportCommand.Create(context),
        };
        var result = root.Parse(args);
        try
        {
            var exitCode = result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });

            // A command line that does not parse (an unknown option, --db "") is a usage error: exit 2, as documented.
            return result.Errors.Count > 0 ? 2 : exitCode;
        }
        catch (Exception e) when (Describe(e, context) is { } message)
        {
            // One sentence that names the file and what to do, never a stack trace; the store was rolled back.
            context.Error.WriteLine($"indicatorhub: {message}");
            return 1;
        }
    }

    /// <summary>The message for a failure a user can act on, or null for a bug (which then surfaces as it is).</summary>
    private static string? Describe(Exception exception, CliContext context)
    {
        switch (exception)
        {
            case StoreFaultException fault:
                return StoreFaultMessages.Describe(fault, context.OpenedBusyTimeout);
            case SqliteException sqlite when StoreFaults.From(sqlite, context.OpenedPath ?? "(the database)") is { } fault:
                return StoreFaultMessages.Describe(fault, context.OpenedBusyTimeout);
            case IOException io when IsDiskFull(io):
                return $"the disk is full ({OneLine.Of(io.Message)}). Free some space and run the command again; nothing was stored.";
            case IOException io:
                return $"{OneLine.Of(io.Message)}. Check the file and run the command again; nothing was stored.";
            case UnauthorizedAccessException denied:
                return $"{OneLine.Of(denied.Message)}. Check the permissions; nothing was stored.";
            case AggregateException { InnerExceptions.Count: 1 } aggregate:
                return Describe(aggregate.InnerExceptions[0], context);
            default:
                return exception.InnerException is { } inner ? Describe(inner, context) : null;
        }
    }

    // ENOSPC (28) and EDQUOT (122) on Linux; ERROR_DISK_FULL (0x70) and ERROR_HANDLE_DISK_FULL (0x27) on Windows.
    private static bool IsDiskFull(IOException io) => (io.HResult & 0xFFFF) is 28 or 122 or 0x70 or 0x27;
}
