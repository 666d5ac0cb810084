using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// The records of an SCB CSV export, read by the same strict RFC 4180 reader as the other delimited formats, so
/// that a quoting fault is reported at the line and field where it is, and every line and field is bounded.
/// </summary>
internal sealed class ScbCsvRows : IDisposable
{
    private readonly LongCsvRecordReader _reader;

    public ScbCsvRows(TextReader reader, char delimiter) => _reader = new LongCsvRecordReader(reader, delimiter);

    /// <summary>The fields of the current record.</summary>
    public string[] Fields { get; private set; } = [];

    /// <summary>1-based line where the current record starts.</summary>
    public long Line => _reader.Line;

    /// <summary>The current record's quoting fault at its line and field, or null (see <see cref="LongCsvRecordReader.QuoteProblem"/>).</summary>
    public ParseProblem? QuoteProblem(IReadOnlyList<string>? headers) => _reader.QuoteProblem(headers);

    /// <summary>Moves to the next record, skipping blank lines; false at the end.</summary>
    public bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        var fields = new string[_reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _reader.GetString(i);
        }

        Fields = fields;
        return true;
    }

    /// <summary>Disposes the reader and the text under it.</summary>
    public void Dispose() => _reader.Dispose();
}
