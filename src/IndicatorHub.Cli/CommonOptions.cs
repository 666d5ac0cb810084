using System.CommandLine;
using System.Globalization;
using IndicatorHub.Storage;

namespace IndicatorHub.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>Environment variable: how many seconds a write waits for another writer's lock (default 30).</summary>
    internal const string BusyTimeoutVariable = "IndicatorHub__BusyTimeoutSeconds";

    /// <summary>--db PATH, overriding IndicatorHub__DatabasePath. An empty path is a usage error, never the default.</summary>
    internal static Option<string?> Database()
    {
        var option = new Option<string?>("--db")
        {
            Description = $"The SQLite database (default: ${StoreOptions.EnvironmentVariable}, else {StoreOptions.DefaultDatabasePath}).",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
            {
                result.AddError("--db was given an empty path; name the database file, or leave --db out to use the default.");
            }
        });
        return option;
    }

    /// <summary>
    /// Opens and migrates the store the command should use. <paramref name="forWriting"/> also runs quick_check,
    /// so that nothing is written into a damaged file.
    /// </summary>
    internal static IndicatorStore OpenStore(ParseResult result, Option<string?> database, CliContext context, bool forWriting = false)
    {
        var path = StoreOptions.Resolve(result.GetValue(database), context.Environment);
        TimeSpan? busyTimeout = double.TryParse(context.Environment(BusyTimeoutVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
        context.OpenedPath = path;
        context.OpenedBusyTimeout = busyTimeout ?? SqliteConnectionFactory.DefaultBusyTimeout;
        return IndicatorStore.Open(path, forWriting: forWriting, busyTimeout: busyTimeout);
    }
}
