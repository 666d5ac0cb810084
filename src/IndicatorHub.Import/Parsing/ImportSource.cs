using System.Security.Cryptography;

namespace IndicatorHub.Import.Parsing;

/// <summary>
/// A file to import: its name for messages and a way to open it. A regular file can be opened as often as the
/// pipeline likes (sniff, parse, hash); standard input, a named pipe or a device can be read only once, so such a
/// source keeps the first bytes for sniffing and copies what the parse reads to a temporary file that any later
/// open replays. Dispose the source to delete that copy.
/// </summary>
/// <param name="Name">The path or name as the user gave it; every error message names it.</param>
/// <param name="Open">Opens a fresh read-only stream at the start of the content.</param>
public sealed record ImportSource(string Name, Func<Stream> Open) : IDisposable
{
    /// <summary>How many bytes format and encoding detection look at, at most.</summary>
    public const int HeadBytes = 1 << 16;

    private byte[]? _head;

    private ReadOnceStream? _readOnce;

    /// <summary>True when the content is a stream that can be read only once (standard input, a pipe, a device).</summary>
    public bool IsReadOnce => _readOnce is not null;

    /// <summary>
    /// The first bytes of the content (at most <see cref="HeadBytes"/>), read once and kept; detection reads
    /// these instead of opening the source again, so a file that is not what it claims costs a bounded read.
    /// </summary>
    public ReadOnlySpan<byte> Head => (_head ??= ReadHead()).AsSpan();

    /// <summary>True when <see cref="Head"/> is the whole content.</summary>
    public bool HeadIsComplete
    {
        get
        {
            _head ??= ReadHead();
            return _head.Length < HeadBytes || (_readOnce?.EndReached ?? false);
        }
    }

    /// <summary>
    /// A source for a path. A regular file is opened afresh on every open; anything else (a named pipe, a device,
    /// /dev/stdin) is read once, as <see cref="FromStream"/> does.
    /// </summary>
    public static ImportSource FromFile(string path)
    {
        if (IsRegularFile(path))
        {
            return new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        }

        return FromStream(path, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16));
    }

    /// <summary>A source over bytes in memory (tests, HTTP responses).</summary>
    public static ImportSource FromBytes(string name, byte[] content) => new(name, () => new MemoryStream(content, writable: false));

    /// <summary>A source over a stream that can be read only once, such as standard input; the source owns it.</summary>
    public static ImportSource FromStream(string name, Stream stream)
    {
        var once = new ReadOnceStream(stream);
        return new ImportSource(name, once.OpenReplay) { _readOnce = once };
    }

    /// <summary>
    /// The SHA-256 of the content when a read-once source was read to its end, else null: a stream that was
    /// refused early is not drained (it may never end), so its hash is not known.
    /// </summary>
    public string? ReadOnceSha256() => _readOnce?.Sha256();

    /// <inheritdoc />
    public void Dispose() => _readOnce?.Dispose();

    private byte[] ReadHead()
    {
        if (_readOnce is not null)
        {
            return _readOnce.PeekHead(HeadBytes);
        }

        using var stream = Open();
        var buffer = new byte[HeadBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    private static bool IsRegularFile(string path)
    {
        // A FIFO, a character device and /proc files report length 0 and must not be opened twice.
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        }

        return info.Exists && info.Length > 0 && !path.StartsWith("/dev/", StringComparison.Ordinal) && !path.StartsWith("/proc/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The one reading of a stream: the head is kept in memory, and every byte read past it is also written to a
    /// temporary file, so that a parser that reads the content twice gets the same bytes the second time.
    /// </summary>
    private sealed class ReadOnceStream(Stream live) : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _head = [];
        private FileStream? _spool;
        private long _consumed;
        private bool _endReached;
        private string? _sha256;

        internal bool EndReached => _endReached;

        internal byte[] PeekHead(int count)
        {
            if (_consumed == 0 && _head.Length == 0)
            {
                var buffer = new byte[count];
                var read = live.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
                _head = read == count ? buffer : buffer[..read];
                _endReached = read < count;
                Record(_head);
            }

            return _head;
        }

        internal Stream OpenReplay()
        {
            // The head is always taken first, so that the spool holds exactly the bytes after it.
            PeekHead(HeadBytes);
            _spool ??= new FileStream(Path.Combine(Path.GetTempPath(), $"indicatorhub-{Guid.NewGuid():N}.spool"), FileMode.CreateNew,
                FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            return new Replay(this);
        }

        internal string? Sha256()
        {
            if (!_endReached)
            {
                return null;
            }

            return _sha256 ??= Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose()
        {
            _spool?.Dispose();
            live.Dispose();
            _hash.Dispose();
        }

        /// <summary>Reads at <paramref name="position"/>: from the head, the spool, or the live stream (spooling it).</summary>
        internal int ReadAt(long position, Span<byte> buffer)
        {
            if (position < _head.Length)
            {
                var n = Math.Min(buffer.Length, _head.Length - (int)position);
                _head.AsSpan((int)position, n).CopyTo(buffer);
                return n;
            }

            if (position < _consumed)
            {
                _spool!.Position = position - _head.Length;
                return _spool.Read(buffer[..(int)Math.Min(buffer.Length, _consumed - position)]);
            }

            if (_endReached)
            {
                return 0;
            }

            var read = live.Read(buffer);
            if (read == 0)
            {
                _endReached = true;
                return 0;
            }

            _spool!.Position = _consumed - _head.Length;
            _spool.Write(buffer[..read]);
            Record(buffer[..read]);
            return read;
        }

        private void Record(ReadOnlySpan<byte> bytes)
        {
            _hash.AppendData(bytes);
            _consumed += bytes.Length;
        }

        private sealed class Replay(ReadOnceStream owner) : Stream
        {
            private long _position;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => _position;
                set => throw new NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                var read = owner.ReadAt(_position, buffer);
                _position += read;
                return read;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
