using System.Text;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Text;

/// <summary>
/// Decides how a text file is encoded and reads it so that no byte is silently changed. SCB and Excel exports
/// arrive as UTF-8 with or without BOM, or as Windows-1252/Latin-1: a byte-order mark decides first, then the
/// encoding the user (or a PX CODEPAGE) declares, else a start that is valid UTF-8 means UTF-8 and anything else
/// Windows-1252. Every byte of the file is then checked against that choice (<see cref="EncodingGuard"/>), so a
/// file with invalid bytes for its encoding is refused at the line of the first one instead of being stored as
/// '�lder' or 'Ã¥lder'.
/// </summary>
public static class TextDecoding
{
    private const int SniffBytes = ImportSource.HeadBytes;

    /// <summary>Windows-1252, registered through the code-pages provider.</summary>
    public static Encoding Windows1252 => GetCodePage(1252);

    /// <summary>UTF-8 that throws on invalid bytes, so a mis-detected file fails loudly rather than with U+FFFD.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding StrictUtf16Little { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);

    private static Encoding StrictUtf16Big { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);

    /// <summary>Looks up an encoding by code page number after registering the code-pages provider.</summary>
    public static Encoding GetCodePage(int codePage)
    {
        // Registering twice is harmless; doing it here rather than in a static constructor avoids the trap of
        // field initialisers running before the registration.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>Looks up an encoding by name ("iso-8859-1", "windows-1252", "utf-8") after registering the provider.</summary>
    public static Encoding? GetByName(string name)
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding.CodePage == Encoding.UTF8.CodePage ? StrictUtf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Detects the encoding from the first 64 KiB of the stream and rewinds nothing: call on a fresh stream.</summary>
    public static Encoding Detect(Stream stream)
    {
        var buffer = new byte[SniffBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Detect(buffer.AsSpan(0, read), complete: read < buffer.Length);
    }

    /// <summary>Detects the encoding of <paramref name="head"/>; <paramref name="complete"/> says it is the whole file.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, bool complete) =>
        FromByteOrderMark(head) ?? (IsValidUtf8(head, complete) ? StrictUtf8 : Windows1252);

    /// <summary>
    /// Opens a reader over the whole source with the encoding a byte-order mark, the user or detection gives; the
    /// BOM is skipped, and every byte is checked against the encoding as it is read (<see cref="ImportInputException"/>
    /// at the first fault).
    /// </summary>
    public static TextReader OpenReader(ImportSource source, Encoding? declared)
    {
        var (encoding, guard) = Choose(source.Head, source.HeadIsComplete, declared);
        var stream = source.Open();
        var bom = BomLength(source.Head);
        if (bom > 0)
        {
            // The mark is no text: skipping its bytes here keeps it out of the first cell whatever the encoding object.
            stream.ReadExactly(new byte[bom]);
        }

        return new StreamReader(new EncodingGuardStream(stream, guard), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    /// <summary>Opens a reader over a stream factory (tests, tools); as <see cref="OpenReader(ImportSource, Encoding?)"/>.</summary>
    public static TextReader OpenReader(Func<Stream> open, Encoding? encoding) => OpenReader(new ImportSource("input", open), encoding);

    /// <summary>The first 64 KiB of the source as text, for format sniffing; the BOM is removed and bad bytes replaced.</summary>
    public static string ReadHead(ImportSource source, Encoding? declared)
    {
        var head = source.Head;
        var (encoding, _) = Choose(head, source.HeadIsComplete, declared);
        head = head[BomLength(head)..];
        if (!source.HeadIsComplete && encoding.CodePage == Encoding.UTF8.CodePage)
        {
            head = head[..CompleteUtf8Length(head)];
        }

        // Sniffing never fails on a bad byte: the full read that follows names its line.
        var lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return lenient.GetString(head);
    }

    /// <summary>The first 64 KiB of the text behind <paramref name="open"/> (tests, tools).</summary>
    public static string ReadHead(Func<Stream> open, Encoding? encoding) => ReadHead(new ImportSource("input", open), encoding);

    /// <summary>
    /// Reads a whole file for the formats that parse it in one piece (JSON, PX), refusing one larger than
    /// <see cref="InputLimits.MaxWholeFileBytes"/> after reading no more than that.
    /// </summary>
    public static byte[] ReadAllBounded(ImportSource source, string what)
    {
        using var stream = source.Open();
        using var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (memory.Length + read > InputLimits.MaxWholeFileBytes)
            {
                throw new ImportInputException(SourcePosition.File,
                    $"the file is larger than {InputLimits.MaxWholeFileBytes >> 20} MiB, more than {what} can be; split it, or check that it is the file you meant");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>
    /// Checks every byte of a whole file against <paramref name="encoding"/>; <paramref name="detected"/> says the
    /// encoding was guessed rather than declared. Throws <see cref="ImportInputException"/> at the first fault.
    /// </summary>
    public static void CheckBytes(ReadOnlySpan<byte> bytes, Encoding encoding, bool detected)
    {
        var guard = new EncodingGuard(ModeFor(encoding, detected), detected ? "(detected from the file's start)" : "(as declared)");
        guard.Check(bytes);
        guard.Finish();
    }

    /// <summary>The encoding a byte-order mark at the start of <paramref name="head"/> names, or null.</summary>
    public static Encoding? FromByteOrderMark(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? StrictUtf8
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? StrictUtf16Little
        : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? StrictUtf16Big
        : null;

    /// <summary>The length of the byte-order mark at the start of <paramref name="head"/>, or 0.</summary>
    public static int BomLength(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2
        : 0;

    private static (Encoding Encoding, EncodingGuard Guard) Choose(ReadOnlySpan<byte> head, bool complete, Encoding? declared)
    {
        var bom = FromByteOrderMark(head);
        if (bom is not null)
        {
            return (bom, new EncodingGuard(ModeFor(bom, detected: false), "(its byte-order mark says so)"));
        }

        if (declared is not null)
        {
            var strict = declared.CodePage == Encoding.UTF8.CodePage ? StrictUtf8 : declared;
            return (strict, new EncodingGuard(ModeFor(strict, detected: false), "(as declared)"));
        }

        var detected = Detect(head, complete);
        return (detected, new EncodingGuard(ModeFor(detected, detected: true), "(detected from the file's start)"));
    }

    private static EncodingGuard.GuardMode ModeFor(Encoding encoding, bool detected) => encoding.CodePage switch
    {
        65001 => EncodingGuard.GuardMode.Utf8,
        1252 or 28591 when detected => EncodingGuard.GuardMode.DetectedSingleByte,
        _ => EncodingGuard.GuardMode.None,
    };

    private static int CompleteUtf8Length(ReadOnlySpan<byte> bytes)
    {
        for (var i = 1; i <= 3 && i <= bytes.Length; i++)
        {
            var b = bytes[^i];
            if ((b & 0xC0) == 0xC0)
            {
                return bytes.Length - i;
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return bytes.Length;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool complete) =>
        System.Text.Unicode.Utf8.IsValid(complete ? bytes : bytes[..CompleteUtf8Length(bytes)]);
}
