using System.IO.Compression;
using System.Text;

namespace IndicatorHub.Web.Compare;

/// <summary>
/// A ZIP of named files with a README.txt that names every file and says what it holds — /compare's "the whole
/// view". Small on purpose: the reports' bundle writer (issue 8 §5) was not in main when this was written; switch to
/// it when it lands.
/// </summary>
public sealed class CompareZip
{
    private readonly List<(string Name, byte[] Bytes, string Description)> _files = [];

    /// <summary>Adds a file; <paramref name="description"/> is its line in the README.</summary>
    public void Add(string name, byte[] bytes, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bytes);
        if (_files.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) || name.Equals("README.txt", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{name} is in the ZIP already.", nameof(name));
        }

        _files.Add((name, bytes, description));
    }

    /// <summary>The files added so far, in order.</summary>
    public IReadOnlyList<string> Names => _files.Select(f => f.Name).ToList();

    /// <summary>The ZIP: README.txt (<paramref name="introduction"/>, then one line per file), then the files.</summary>
    public byte[] ToBytes(string introduction, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        var readme = new StringBuilder(introduction.TrimEnd()).Append("\r\n\r\n");
        foreach (var (name, _, description) in _files)
        {
            readme.Append(name).Append("\r\n    ").Append(description).Append("\r\n");
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "README.txt", Encoding.UTF8.GetBytes(readme.ToString()), at);
            foreach (var (name, bytes, _) in _files)
            {
                Write(zip, name, bytes, at);
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
