using System.Text;

namespace IndicatorHub.Import.Tests.Formats.Scb;

/// <summary>
/// A read-only stream that produces a header and then <c>rows</c> data rows on demand, without holding them,
/// and counts how many bytes were read: a way to prove a parser streams.
/// </summary>
internal sealed class GeneratedCsvStream(long rows) : Stream
{
    private readonly byte[] header = Encoding.UTF8.GetBytes("\"region\",\"kön\",\"2019\"\n");
    private byte[] pending = [];
    private int pendingAt;
    private long row = -1;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (pendingAt == pending.Length)
            {
                if (row >= rows)
                {
                    break;
                }

                pending = row < 0 ? header : Encoding.UTF8.GetBytes($"\"0180 Stockholm\",\"{(row % 2 == 0 ? "män" : "kvinnor")}\",{row}\n");
                pendingAt = 0;
                row++;
            }

            var n = Math.Min(count - written, pending.Length - pendingAt);
            Array.Copy(pending, pendingAt, buffer, offset + written, n);
            pendingAt += n;
            written += n;
        }

        BytesRead += written;
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
