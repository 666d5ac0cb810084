using System.Buffers;

namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>
/// A forward-only RFC 4180 record reader: comma, semicolon or tab delimited, fields optionally quoted with
/// doubled quotes inside, CRLF, LF or CR line ends, quoted fields may span lines. It hands out fields as spans
/// over one reused buffer, so reading a row allocates nothing; the long CSV parser needs that to read millions of
/// rows in flat memory, and the Kolada CSV and HEAT parsers reuse it so that all three report the same line numbers.
/// </summary>
internal sealed class LongCsvRecordReader : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly SearchValues<char> _specials;
    private readonly char[] _buffer = new char[BufferSize];
    private int _pos;
    private int _len;
    private bool _eof;

    private char[] _record = new char[1024];
    private int _recordLength;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private long _nextLine = 1;

    public LongCsvRecordReader(TextReader reader, char delimiter)
    {
        _reader = reader;
        _delimiter = delimiter;
        _specials = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>True when the current record ended inside a quoted field, i.e. the file ends in an open quote.</summary>
    public bool UnterminatedQuote { get; private set; }

    /// <summary>The 0-based field that had text after its closing quote, or -1; the text is kept.</summary>
    public int StrayQuoteField { get; private set; } = -1;

    /// <summary>The field's text, unquoted.</summary>
    public ReadOnlySpan<char> this[int index] => _record.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The field's text as a new string.</summary>
    public string GetString(int index) => new(_record, _starts[index], _lengths[index]);

    /// <summary>Picks the delimiter of a header line: whichever of comma, semicolon and tab occurs most outside quotes.</summary>
    /// <summary>
    /// Opens a delimited text file with the user's or the detected encoding and delimiter and reads its header,
    /// trimmed and without a BOM. <paramref name="headers"/> is null for an empty file.
    /// </summary>
    public static LongCsvRecordReader OpenWithHeader(Parsing.ImportSource source, Parsing.ParseOptions options, out string[]? headers)
    {
        var delimiter = options.Delimiter
            ?? DetectDelimiter(FirstLine(Text.TextDecoding.ReadHead(source.Open, options.Encoding)));
        var reader = new LongCsvRecordReader(Text.TextDecoding.OpenReader(source.Open, options.Encoding), delimiter);
        headers = null;
        if (reader.Read())
        {
            headers = new string[reader.FieldCount];
            for (var i = 0; i < headers.Length; i++)
            {
                headers[i] = reader[i].Trim().TrimStart('\uFEFF').ToString();
            }
        }

        return reader;
    }

    /// <summary>The field delimiter in use.</summary>
    public char Delimiter => _delimiter;

    /// <summary>
    /// True when the file's numbers are to be read with a decimal comma: a semicolon-delimited file comes from a
    /// Swedish Excel (or Kolada's export for one), which writes decimal commas.
    /// </summary>
    public bool DecimalComma => _delimiter == ';';

    public static char DetectDelimiter(ReadOnlySpan<char> headerLine)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    /// <summary>The first line of <paramref name="text"/> without its line end and without a byte-order mark.</summary>
    public static ReadOnlySpan<char> FirstLine(string text)
    {
        var span = text.AsSpan().TrimStart('\uFEFF');
        var end = span.IndexOfAny('\r', '\n');
        return end < 0 ? span : span[..end];
    }

    /// <summary>Splits one header line into trimmed names (quotes removed); for sniffing only.</summary>
    public static List<string> SplitHeader(ReadOnlySpan<char> line, char delimiter)
    {
        var names = new List<string>();
        using var reader = new LongCsvRecordReader(new StringReader(line.ToString()), delimiter);
        if (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                names.Add(reader[i].Trim().ToString());
            }
        }

        return names;
    }

    /// <summary>Reads the next record, skipping empty lines.</summary>
    /// <returns>False at the end of the input.</returns>
    public bool Read()
    {
        FieldCount = 0;
        _recordLength = 0;
        UnterminatedQuote = false;
        StrayQuoteField = -1;

        // Skip empty lines: a trailing newline or a blank separator line is no record.
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                return false;
            }

            var c = _buffer[_pos];
            if (c == '\n')
            {
                _pos++;
                _nextLine++;
            }
            else if (c == '\r')
            {
                _pos++;
                _nextLine++;
                if ((_pos < _len || Fill()) && _buffer[_pos] == '\n')
                {
                    _pos++;
                }
            }
            else
            {
                break;
            }
        }

        Line = _nextLine;
        var fieldStart = 0;
        var fieldHasText = false;
        var afterQuote = false;
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                EndField(fieldStart);
                return true;
            }

            var span = _buffer.AsSpan(_pos, _len - _pos);
            var index = span.IndexOfAny(_specials);
            if (index < 0)
            {
                Append(span);
                _pos = _len;
                fieldHasText = true;
                MarkStray(afterQuote);
                continue;
            }

            if (index > 0)
            {
                Append(span[..index]);
                _pos += index;
                fieldHasText = true;
                MarkStray(afterQuote);
            }

            var c = _buffer[_pos];
            if (c == _delimiter)
            {
                _pos++;
                EndField(fieldStart);
                fieldStart = _recordLength;
                fieldHasText = false;
                afterQuote = false;
            }
            else if (c == '\n' || c == '\r')
            {
                _pos++;
                _nextLine++;
                if (c == '\r' && (_pos < _len || Fill()) && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                EndField(fieldStart);
                return true;
            }
            else if (!fieldHasText && !afterQuote)
            {
                // A quote opening the field: read to the closing quote, keeping delimiters and line ends.
                _pos++;
                if (!ReadQuoted())
                {
                    UnterminatedQuote = true;
                    EndField(fieldStart);
                    return true;
                }

                afterQuote = true;
            }
            else
            {
                // A quote inside an unquoted field (5" screen) is kept as text, as Excel does.
                Append([c]);
                _pos++;
                fieldHasText = true;
                MarkStray(afterQuote);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private bool ReadQuoted()
    {
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                return false;
            }

            var span = _buffer.AsSpan(_pos, _len - _pos);
            var index = span.IndexOfAny('"', '\n');
            if (index < 0)
            {
                Append(span);
                _pos = _len;
                continue;
            }

            Append(span[..index]);
            _pos += index;
            if (_buffer[_pos] == '\n')
            {
                Append(['\n']);
                _pos++;
                _nextLine++;
                continue;
            }

            _pos++;
            if ((_pos < _len || Fill()) && _buffer[_pos] == '"')
            {
                Append(['"']);
                _pos++;
                continue;
            }

            return true;
        }
    }

    private void MarkStray(bool afterQuote)
    {
        if (afterQuote && StrayQuoteField < 0)
        {
            StrayQuoteField = FieldCount;
        }
    }

    private void EndField(int fieldStart)
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }

        _starts[FieldCount] = fieldStart;
        _lengths[FieldCount] = _recordLength - fieldStart;
        FieldCount++;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + text.Length));
        }

        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        // Everything before _pos has been copied into the record, so the buffer can be refilled from the start.
        var keep = _len - _pos;
        if (keep > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, keep);
        }

        _pos = 0;
        _len = keep;
        var read = _reader.Read(_buffer, _len, _buffer.Length - _len);
        if (read == 0)
        {
            _eof = true;
            return _len > 0;
        }

        _len += read;
        return true;
    }
}
