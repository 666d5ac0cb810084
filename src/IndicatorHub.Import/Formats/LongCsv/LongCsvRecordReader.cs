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
    public bool UnterminatedQuote => _quoteFault == QuoteFault.Unterminated;

    /// <summary>The 0-based field of the current record's first quoting fault (RFC 4180), or -1.</summary>
    public int StrayQuoteField { get; private set; } = -1;

    private QuoteFault _quoteFault;
    private long _quoteFaultLine;
    private int _fieldStart;
    private long _quoteOpenedOn;

    /// <summary>The ways a record can break RFC 4180's quoting rules.</summary>
    private enum QuoteFault
    {
        None,
        Unterminated,
        TextAfterClosingQuote,
        QuoteInUnquotedField,

        /// <summary>A quoted field ran over a line end and then had text after its "closing" quote: an open quote.</summary>
        UnbalancedQuote,
    }

    /// <summary>
    /// The current record's quoting fault as a problem at the line and field where it is, or null. A field that
    /// breaks the quoting rules cannot be read as what its writer meant ("1"2 is neither 1 nor 12), so the row is
    /// refused rather than stored as different data; an open quote that never closes is fatal.
    /// </summary>
    public Parsing.ParseProblem? QuoteProblem(IReadOnlyList<string>? headers)
    {
        if (_quoteFault == QuoteFault.None)
        {
            return null;
        }

        var field = headers is not null && StrayQuoteField < headers.Count ? headers[StrayQuoteField] : null;
        var position = new Parsing.SourcePosition(_quoteFaultLine, StrayQuoteField + 1, field);
        var cell = Text.InputLimits.Excerpt(this[Math.Min(StrayQuoteField, FieldCount - 1)].Trim());
        return _quoteFault switch
        {
            QuoteFault.Unterminated => new Parsing.ParseProblem(position, "A quoted field starts here and is never closed; add the closing quote (\").", Fatal: true),
            QuoteFault.UnbalancedQuote => new Parsing.ParseProblem(position,
                "A quoted field starts here and runs over the line end to a quote on a later line, which is followed by more text: the closing quote on this line is probably missing. Add it (\"), and double any quote inside the field (\"\")."),
            QuoteFault.TextAfterClosingQuote => new Parsing.ParseProblem(position,
                $"Text follows the closing quote of a quoted field ('{cell}'); quote the whole field and double any quote inside it (\"\"), as RFC 4180 requires."),
            _ => new Parsing.ParseProblem(position,
                $"A quote (\") stands inside a field that does not start with one ('{cell}'); quote the whole field and double the quote inside it (\"\")."),
        };
    }

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
            ?? DetectDelimiter(FirstLine(Text.TextDecoding.ReadHead(source, options.Encoding)));
        var reader = new LongCsvRecordReader(Text.TextDecoding.OpenReader(source, options.Encoding), delimiter);
        headers = null;
        if (reader.Read())
        {
            if (reader.QuoteProblem(null) is { } quote)
            {
                reader.Dispose();
                throw new Parsing.ImportInputException(quote.Position, $"In the header: {quote.Reason}");
            }

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
        _fieldStart = 0;
        _quoteFault = QuoteFault.None;
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
        var fieldHasText = false;
        var afterQuote = false;
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                EndField();
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
                EndField();
                _fieldStart = _recordLength;
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

                EndField();
                return true;
            }
            else if (!fieldHasText && !afterQuote)
            {
                // A quote opening the field: read to the closing quote, keeping delimiters and line ends.
                _pos++;
                var openedOn = _nextLine;
                if (!ReadQuoted())
                {
                    Fault(QuoteFault.Unterminated, openedOn);
                    EndField();
                    return true;
                }

                _quoteOpenedOn = openedOn;

                afterQuote = true;
            }
            else
            {
                // A quote inside an unquoted field (5" screen) or a second quote after a closed one: RFC 4180
                // has no reading for either, so the row is refused (QuoteProblem); the text is kept for the message.
                if (afterQuote)
                {
                    MarkStray(afterQuote);
                }
                else
                {
                    Fault(QuoteFault.QuoteInUnquotedField, _nextLine);
                }

                Append([c]);
                _pos++;
                fieldHasText = true;
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
        if (afterQuote)
        {
            // Text after a quoted field that crossed a line end means its real closing quote is missing on the line
            // where it opened; that line is where the fault is, not the later one where the reader noticed.
            if (_quoteOpenedOn < _nextLine)
            {
                Fault(QuoteFault.UnbalancedQuote, _quoteOpenedOn);
            }
            else
            {
                Fault(QuoteFault.TextAfterClosingQuote, _nextLine);
            }
        }
    }

    private void Fault(QuoteFault fault, long line)
    {
        if (_quoteFault == QuoteFault.None || fault == QuoteFault.Unterminated)
        {
            if (_quoteFault == QuoteFault.None)
            {
                StrayQuoteField = FieldCount;
                _quoteFaultLine = line;
            }

            _quoteFault = fault;
        }
    }

    private void EndField()
    {
        var fieldStart = _fieldStart;
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
        if (_recordLength + text.Length > Text.InputLimits.MaxLineChars)
        {
            throw new Parsing.ImportInputException(new Parsing.SourcePosition(Line, FieldCount + 1),
                $"the line is longer than {Text.InputLimits.MaxLineChars:N0} characters, far more than a row of statistics; the file is not a delimited text file of the expected kind, or it lacks line breaks");
        }

        if (_recordLength - _fieldStart + text.Length > Text.InputLimits.MaxFieldChars)
        {
            throw new Parsing.ImportInputException(new Parsing.SourcePosition(Line, FieldCount + 1),
                $"the field is longer than {Text.InputLimits.MaxFieldChars:N0} characters ('{Text.InputLimits.Excerpt(_record.AsSpan(_fieldStart, Math.Min(_recordLength - _fieldStart, 100)))}'); no cell of a statistics file is this long, so the file is likely damaged or not the format it claims (an unclosed quote also runs on like this)");
        }

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
