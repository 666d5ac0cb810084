using System.Globalization;
using System.IO.Compression;
using System.Text;
using IndicatorHub.Charts;
using IndicatorHub.Presentation.Charts;

namespace IndicatorHub.Presentation.Bundles;

/// <summary>
/// Writes charts (PNG, SVG and the table as CSV) and text files such as a README into one ZIP, for every
/// "download as ZIP" (the area report, /compare). The bytes depend only on what is added and in which order: every
/// entry has the same fixed timestamp, so the same data gives the same ZIP and an ETag over it holds.
/// </summary>
public sealed class ChartBundleWriter : IDisposable
{
    /// <summary>The timestamp of every entry (the ZIP format's earliest date), so the bytes do not depend on the clock.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _zip;
    private readonly CultureInfo _culture;
    private readonly List<string> _fileNames = [];
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes a ZIP to <paramref name="output"/> (left open); charts get their axis numbers in <paramref name="culture"/>.</summary>
    public ChartBundleWriter(Stream output, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(culture);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
        _culture = culture;
    }

    /// <summary>The names of the files written so far, in order (for the README's list).</summary>
    public IReadOnlyList<string> FileNames => _fileNames;

    /// <summary>
    /// Writes <paramref name="baseName"/>.png (at <paramref name="pngSize"/>, print by default), .svg and .csv (the
    /// chart's table, the same bytes as the chart URL's CSV). Returns the three names.
    /// </summary>
    public IReadOnlyList<string> AddChart(string baseName, BuiltChart chart, ChartSize pngSize = ChartSize.Print)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return
        [
            AddFile(baseName + ".png", chart.Render(new ChartRenderOptions(ChartFormat.Png, pngSize, _culture)), compress: false),
            AddFile(baseName + ".svg", chart.Render(new ChartRenderOptions(ChartFormat.Svg, pngSize, _culture))),
            AddCsv(baseName + ".csv", chart.Table),
        ];
    }

    /// <summary>Writes a table as CSV through the one CSV writer (UTF-8 with BOM).</summary>
    public string AddCsv(string name, ChartTable table) => AddFile(name, ChartTableCsv.Bytes(table));

    /// <summary>Writes a text file as UTF-8 with CRLF line ends, so Notepad shows it as written.</summary>
    public string AddText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var crlf = text.ReplaceLineEndings("\r\n");
        return AddFile(name, Encoding.UTF8.GetBytes(crlf));
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as <paramref name="name"/>: a relative path with '/' between folders, no
    /// "." or ".." parts, unique in the ZIP (ignoring case, as Windows unpacks it). Returns the name.
    /// </summary>
    public string AddFile(string name, byte[] bytes, bool compress = true)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsSafeName(name))
        {
            throw new ArgumentException($"'{name}' is not a relative file name inside a ZIP.", nameof(name));
        }

        if (!_taken.Add(name))
        {
            throw new ArgumentException($"The ZIP already has a file named '{name}'.", nameof(name));
        }

        var entry = _zip.CreateEntry(name, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
        entry.LastWriteTime = EntryTimestamp;
        using (var stream = entry.Open())
        {
            stream.Write(bytes);
        }

        _fileNames.Add(name);
        return name;
    }

    /// <summary>
    /// A file name part made from free text (an indicator code, an area name): letters and digits kept (å, ä, ö
    /// too), everything else as '-', at most 60 characters; "file" when nothing is left.
    /// </summary>
    public static string NamePart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, 60));
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (builder.Length == 60)
            {
                break;
            }

            var keep = char.IsLetterOrDigit(c) || c is '_' or '.';
            if (keep || (builder.Length > 0 && builder[^1] != '-'))
            {
                builder.Append(keep ? c : '-');
            }
        }

        var part = builder.ToString().Trim('-', '.');
        return part.Length == 0 ? "file" : part;
    }

    /// <summary>Finishes the ZIP (its central directory); the stream stays open.</summary>
    public void Dispose() => _zip.Dispose();

    private static bool IsSafeName(string name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= 200
        && !name.StartsWith('/')
        && !name.EndsWith('/')
        && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Any(char.IsControl)
        && !name.Contains(':', StringComparison.Ordinal)
        && name.Split('/').All(part => part.Length > 0 && part is not ("." or ".."));
}
