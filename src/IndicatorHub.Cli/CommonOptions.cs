using System.CommandLine;
using IndicatorHub.Storage;

namespace IndicatorHub.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>--db PATH, overriding IndicatorHub__DatabasePath.</summary>
    internal static Option<string?> Database() => new("--db")
    {
        Description = $"The SQLite database (default: ${StoreOptions.EnvironmentVariable}, else {StoreOptions.DefaultDatabasePath}).",
    };

    /// <summary>Opens and migrates the store the command should use.</summary>
    internal static IndicatorStore OpenStore(ParseResult result, Option<string?> database, CliContext context) =>
        IndicatorStore.Open(StoreOptions.Resolve(result.GetValue(database), context.Environment));
}
