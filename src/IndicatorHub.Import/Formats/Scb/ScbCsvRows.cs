using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// CsvHelper's parser with the settings SCB exports need and the 1-based line of each record, so that
/// problems can name it.
/// </summary>
internal sealed class ScbCsvRows : IDisposable
{
    private readonly CsvParser parser;
    private string? badData;

    public ScbCsvRows(TextReader reader, char delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            DetectDelimiter = false,
            BadDataFound = args => badData ??= args.Field,
        };
        parser = new CsvParser(reader, configuration, leaveOpen: true);
    }

    /// <summary>The fields of the current record.</summary>
    public string[] Fields { get; private set; } = [];

    /// <summary>1-based line where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The first malformed field of the current record (a stray quote), or null.</summary>
    public string? BadData { get; private set; }

    /// <summary>Moves to the next record; false at the end.</summary>
    public bool Read()
    {
        badData = null;
        var startLine = parser.RawRow + 1;
        if (!parser.Read())
        {
            return false;
        }

        Fields = parser.Record ?? [];
        BadData = badData;

        // Blank lines are skipped inside Read, so the record starts where its own raw text begins:
        // RawRow is the record's last line and RawRecord spans its lines.
        var lines = parser.RawRecord.AsSpan().TrimEnd("\r\n").Count('\n') + 1;
        Line = Math.Max(startLine, parser.RawRow - lines + 1);
        return true;
    }

    /// <summary>Disposes the parser; the reader stays open for its owner.</summary>
    public void Dispose() => parser.Dispose();
}
