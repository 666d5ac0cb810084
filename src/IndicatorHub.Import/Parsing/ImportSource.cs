namespace IndicatorHub.Import.Parsing;

/// <summary>A file to import: its name for messages and a way to open it (possibly twice: sniff, then parse).</summary>
/// <param name="Name">The path or name as the user gave it; every error message names it.</param>
/// <param name="Open">Opens a fresh read-only stream at the start of the content.</param>
public sealed record ImportSource(string Name, Func<Stream> Open)
{
    /// <summary>A source for a file on disk.</summary>
    public static ImportSource FromFile(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    /// <summary>A source over bytes in memory (tests, HTTP responses).</summary>
    public static ImportSource FromBytes(string name, byte[] content) => new(name, () => new MemoryStream(content, writable: false));
}
