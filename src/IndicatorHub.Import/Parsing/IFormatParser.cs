namespace IndicatorHub.Import.Parsing;

/// <summary>Reads one file format into a stream of <see cref="ParsedItem"/>s.</summary>
public interface IFormatParser
{
    /// <summary>The format this parser reads.</summary>
    ImportFormat Format { get; }

    /// <summary>
    /// Whether the file looks like this format, judged from its name and first bytes (at most 64 KiB, already
    /// decoded to text). Detection asks every parser and takes the first that says yes, in the order of
    /// <see cref="ImportFormat"/>'s specific formats from most to least distinctive.
    /// </summary>
    bool Sniff(string fileName, string head);

    /// <summary>
    /// Streams the items of the file. Problems are yielded as <see cref="ParseProblem"/> items, never thrown,
    /// so that one bad row does not hide the next; I/O errors may throw.
    /// </summary>
    IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options);
}
