using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// The source for a file on disk as the pipeline reads it best. Detection, the size check, the hash and the
/// parser each open the source, some twice; for a small file (most of an archive such as all of Kolada) those
/// opens and reads cost more than its rows, so it is read into memory once and every reader gets the same bytes.
/// A large file is opened afresh each time, so memory stays bounded by <see cref="InMemoryBytes"/>.
/// </summary>
public static class ImportFileSource
{
    /// <summary>Files at most this large are read once into memory.</summary>
    public const long InMemoryBytes = 1 << 20;

    /// <summary>A source for the file at <paramref name="path"/>, named as given.</summary>
    public static ImportSource ForPath(string path)
    {
        // A pipe or a device is never read whole into memory here: ImportSource.FromFile reads it once, bounded.
        return ImportSource.IsRegularFile(path) && new FileInfo(path).Length <= InMemoryBytes
            ? ImportSource.FromBytes(path, File.ReadAllBytes(path))
            : ImportSource.FromFile(path);
    }
}
