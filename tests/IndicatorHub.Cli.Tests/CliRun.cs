using Microsoft.Data.Sqlite;

namespace IndicatorHub.Cli.Tests;

/// <summary>Runs `indicatorhub` in-process against a database of its own, capturing what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    internal CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("indicatorhub-cli-").FullName;
        DatabasePath = Path.Combine(Folder, "cli.db");
    }

    internal string Folder { get; }

    internal string DatabasePath { get; }

    internal void SetEnvironment(string name, string? value) => _environment[name] = value;

    /// <summary>Runs the command with --db appended unless <paramref name="withDb"/> is false.</summary>
    internal Result Run(string[] args, bool withDb = true) => Run(args, withDb, stdin: null);

    /// <summary>Runs the command (with --db) with <paramref name="stdin"/> as standard input, in UTF-8.</summary>
    internal Result Run(string[] args, string stdin) => Run(args, withDb: true, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)));

    /// <summary>Runs the command with <paramref name="stdin"/> as standard input.</summary>
    internal Result Run(string[] args, bool withDb, Stream? stdin)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var stdout = new MemoryStream();
        var context = new CliContext(output, error, name => _environment.GetValueOrDefault(name), ErrorIsTerminal: false, () => new NonClosingStream(stdout))
        {
            OpenStandardInput = () => stdin ?? Stream.Null,
            InputIsTerminal = false,
        };
        var exitCode = CliApp.Run(withDb ? [.. args, "--db", DatabasePath] : args, context);
        var binary = System.Text.Encoding.UTF8.GetString(stdout.ToArray());
        return new Result(exitCode, output.ToString() + binary, error.ToString());
    }

    /// <summary>Writes a file into the run's folder and returns its path.</summary>
    internal string WriteFile(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    internal sealed record Result(int ExitCode, string Out, string Error);

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
