namespace IndicatorHub.Cli;

/// <summary>What a command may touch outside itself: output streams, the environment, whether a person is watching.</summary>
/// <param name="Out">Standard output: data (exports, listings).</param>
/// <param name="Error">Standard error: progress, diagnostics and error messages.</param>
/// <param name="Environment">Reads an environment variable.</param>
/// <param name="ErrorIsTerminal">True when stderr is a terminal, so progress may be drawn.</param>
/// <param name="OpenStandardOutput">The raw stdout stream, for binary-safe JSON.</param>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> Environment,
    bool ErrorIsTerminal,
    Func<Stream> OpenStandardOutput)
{
    /// <summary>The raw stdin stream, for `import -`.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>The database path the command opened (or tried to), once it has; fault messages name it.</summary>
    internal string? OpenedPath { get; set; }

    /// <summary>The busy timeout the command's store waits, for the "locked" message.</summary>
    internal TimeSpan OpenedBusyTimeout { get; set; } = Storage.SqliteConnectionFactory.DefaultBusyTimeout;

    /// <summary>True when stdin is a terminal, so `users add` and `users reset-password` prompt for a password without echo.</summary>
    public bool InputIsTerminal { get; init; } = !Console.IsInputRedirected;

    /// <summary>The real console.</summary>
    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        System.Environment.GetEnvironmentVariable,
        !Console.IsErrorRedirected,
        Console.OpenStandardOutput);
}
