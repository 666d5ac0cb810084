using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Turns byte offsets into 1-based line and character columns. It keeps an index of line starts, extended as the
/// parser moves forward, and remembers the last answer so that the many lookups on one long line (the API sends
/// a page as a single line) count characters only from the previous lookup, not from the line start.
/// </summary>
internal sealed class KoladaJsonPositions
{
    private readonly byte[] _bytes;
    private readonly int _length;
    private readonly List<int> _lineStarts = [0];
    private int _scannedTo;
    private int _cacheOffset;
    private int _cacheLine;
    private int _cacheColumn = 1;

    public KoladaJsonPositions(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length;
    }

    /// <summary>The position of <paramref name="offset"/> with <paramref name="path"/> as its field.</summary>
    public SourcePosition At(long offset, string? path)
    {
        var at = (int)Math.Clamp(offset, 0, _length);
        ScanTo(at);
        var line = _lineStarts.BinarySearch(at);
        line = line >= 0 ? line : ~line - 1;

        int column;
        if (line == _cacheLine && at >= _cacheOffset)
        {
            column = _cacheColumn + CountChars(_cacheOffset, at);
        }
        else
        {
            column = 1 + CountChars(_lineStarts[line], at);
        }

        (_cacheOffset, _cacheLine, _cacheColumn) = (at, line, column);
        return new SourcePosition(line + 1, column, path);
    }

    private void ScanTo(int offset)
    {
        for (; _scannedTo < offset && _scannedTo < _length; _scannedTo++)
        {
            if (_bytes[_scannedTo] == (byte)'\n')
            {
                _lineStarts.Add(_scannedTo + 1);
            }
        }
    }

    // Counts characters, not bytes: every byte that does not continue a UTF-8 sequence starts one.
    private int CountChars(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if ((_bytes[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
