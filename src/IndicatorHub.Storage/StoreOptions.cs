namespace IndicatorHub.Storage;

/// <summary>
/// Where the database lives. Configuration key <c>IndicatorHub:DatabasePath</c> (environment
/// <c>IndicatorHub__DatabasePath</c>), shared by the CLI and the web app so that what an analyst imports is
/// what the dashboard shows.
/// </summary>
public sealed record StoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "IndicatorHub";

    /// <summary>The path to the SQLite file, or ":memory:"-style connection data source.</summary>
    public string DatabasePath { get; init; } = DefaultDatabasePath;

    /// <summary>
    /// The default: the user's local application data folder (~/.local/share/IndicatorHub on Linux), the same
    /// for the CLI and the web app.
    /// </summary>
    public static string DefaultDatabasePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "IndicatorHub", "indicatorhub.db");

    /// <summary>The environment variable that sets <see cref="DatabasePath"/> (ASP.NET Core's "__" for ":").</summary>
    public const string EnvironmentVariable = "IndicatorHub__DatabasePath";

    /// <summary>
    /// The database path for a command: <paramref name="explicitPath"/> (--db) when given, else the environment
    /// variable, else <see cref="DefaultDatabasePath"/>.
    /// </summary>
    public static string Resolve(string? explicitPath, Func<string, string?> environment) =>
        !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
        : environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultDatabasePath;
}
