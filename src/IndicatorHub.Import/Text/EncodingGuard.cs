using System.Text.Unicode;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Text;

/// <summary>
/// Checks the bytes of a text file against the encoding it is read with, chunk by chunk over the whole file (not
/// only the sniffed start), and throws <see cref="ImportInputException"/> at the line and column of the first
/// fault. A file read as UTF-8 may hold no invalid UTF-8; a file read as Windows-1252 because its start was not
/// UTF-8 may hold no UTF-8 characters, which would otherwise be stored as 'Ã¥'.
/// </summary>
internal sealed class EncodingGuard
{
    private readonly GuardMode _mode;
    private readonly string _how;
    private byte[] _pending = [];
    private char[] _scratch = [];
    private long _line = 1;
    private long _column;

    internal EncodingGuard(GuardMode mode, string how)
    {
        _mode = mode;
        _how = how;
    }

    /// <summary>What a guard looks for.</summary>
    internal enum GuardMode
    {
        /// <summary>Nothing: the decoder itself is strict (UTF-16), or the user named a single-byte encoding.</summary>
        None,

        /// <summary>Every byte sequence must be valid UTF-8.</summary>
        Utf8,

        /// <summary>Read as Windows-1252 by detection: a UTF-8 multi-byte character means the file mixes encodings.</summary>
        DetectedSingleByte,
    }

    /// <summary>Checks the next chunk of the file.</summary>
    internal void Check(ReadOnlySpan<byte> data)
    {
        switch (_mode)
        {
            case GuardMode.Utf8:
                CheckUtf8(data);
                break;
            case GuardMode.DetectedSingleByte:
                CheckSingleByte(data);
                break;
        }

        Advance(data);
    }

    /// <summary>The file has ended: a UTF-8 character cut off at the end is a fault.</summary>
    internal void Finish()
    {
        if (_mode == GuardMode.Utf8 && _pending.Length > 0)
        {
            throw Fault(_line, _column + 1, $"the file ends inside a UTF-8 character (byte 0x{_pending[0]:X2}); it was read as UTF-8 {_how}. The file is cut off or not UTF-8: save it again as UTF-8, or name its real encoding (e.g. windows-1252).");
        }
    }

    private void CheckUtf8(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<byte> combined = data;
        if (_pending.Length > 0)
        {
            var joined = new byte[_pending.Length + data.Length];
            _pending.CopyTo(joined, 0);
            data.CopyTo(joined.AsSpan(_pending.Length));
            combined = joined;
        }

        if (Utf8.IsValid(combined))
        {
            _pending = [];
            return;
        }

        if (_scratch.Length < combined.Length)
        {
            _scratch = new char[combined.Length];
        }

        var status = Utf8.ToUtf16(combined, _scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        if (status == System.Buffers.OperationStatus.NeedMoreData)
        {
            _pending = combined[read..].ToArray();
            return;
        }

        var (line, column) = Locate(data, read - (combined.Length - data.Length));
        throw Fault(line, column, $"byte 0x{combined[read]:X2} is not valid UTF-8, and the file was read as UTF-8 {_how}. Save the whole file as UTF-8 (a file that mixes UTF-8 and Latin-1 must be repaired), or, if all of it is Latin-1, name its encoding (windows-1252).");
    }

    private void CheckSingleByte(ReadOnlySpan<byte> data)
    {
        var offset = 0;
        while (offset < data.Length)
        {
            var next = data[offset..].IndexOfAnyInRange((byte)0xC2, (byte)0xF4);
            if (next < 0)
            {
                return;
            }

            var at = offset + next;
            var lead = data[at];
            var continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
            var isUtf8 = at + continuations < data.Length;
            for (var k = 1; isUtf8 && k <= continuations; k++)
            {
                isUtf8 = (data[at + k] & 0xC0) == 0x80;
            }

            if (isUtf8)
            {
                var (line, column) = Locate(data, at);
                throw Fault(line, column, $"this line holds a UTF-8 character, but the file was read as Windows-1252 (Latin-1) because other parts of it are not UTF-8. The file mixes two encodings: save all of it as UTF-8 and import it again.");
            }

            offset = at + 1;
        }
    }

    /// <summary>The line and 1-based character column of <paramref name="index"/> within <paramref name="data"/>.</summary>
    private (long Line, long Column) Locate(ReadOnlySpan<byte> data, int index)
    {
        var before = data[..Math.Max(0, index)];
        var newlines = before.Count((byte)'\n');
        if (newlines == 0)
        {
            return (_line, _column + Characters(before) + 1);
        }

        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (_line + newlines, Characters(before[lineStart..]) + 1);
    }

    private void Advance(ReadOnlySpan<byte> data)
    {
        var newlines = data.Count((byte)'\n');
        if (newlines == 0)
        {
            _column += Characters(data);
            return;
        }

        _line += newlines;
        _column = Characters(data[(data.LastIndexOf((byte)'\n') + 1)..]);
    }

    private long Characters(ReadOnlySpan<byte> bytes)
    {
        if (_mode != GuardMode.Utf8)
        {
            return bytes.Length;
        }

        // In UTF-8 every character starts with a byte that is not a continuation byte (10xxxxxx).
        var continuations = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) == 0x80)
            {
                continuations++;
            }
        }

        return bytes.Length - continuations;
    }

    private static ImportInputException Fault(long line, long column, string reason) =>
        new(new SourcePosition(line, (int)Math.Min(column, int.MaxValue), "encoding"), reason);
}

/// <summary>A read-only stream that runs an <see cref="EncodingGuard"/> over every byte read through it.</summary>
internal sealed class EncodingGuardStream(Stream inner, EncodingGuard guard) : Stream
{
    private bool _finished;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (read > 0)
        {
            guard.Check(buffer[..read]);
        }
        else if (!_finished && buffer.Length > 0)
        {
            _finished = true;
            guard.Finish();
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
