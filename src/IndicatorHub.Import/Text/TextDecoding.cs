using System.Text;

namespace IndicatorHub.Import.Text;

/// <summary>
/// Decides how a text file is encoded. SCB and Excel exports arrive as UTF-8 with or without BOM, or as
/// Windows-1252/Latin-1; a file that is valid UTF-8 is read as UTF-8, anything else as Windows-1252 (a superset
/// of Latin-1's printable range, so å, ä and ö come out right either way).
/// </summary>
public static class TextDecoding
{
    private const int SniffBytes = 1 << 16;

    /// <summary>Windows-1252, registered through the code-pages provider.</summary>
    public static Encoding Windows1252 => GetCodePage(1252);

    /// <summary>UTF-8 that throws on invalid bytes, so a mis-detected file fails loudly rather than with U+FFFD.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
            return Encoding.GetEncoding(name.Trim());
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
    public static Encoding Detect(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        return IsValidUtf8(head, complete) ? Encoding.UTF8 : Windows1252;
    }

    /// <summary>Opens a reader over the source with the given or detected encoding; the BOM is skipped.</summary>
    public static StreamReader OpenReader(Func<Stream> open, Encoding? encoding)
    {
        if (encoding is null)
        {
            using var sniff = open();
            encoding = Detect(sniff);
        }

        return new StreamReader(open(), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>Reads the first 64 KiB of the source as text, for format sniffing.</summary>
    public static string ReadHead(Func<Stream> open, Encoding? encoding)
    {
        using var reader = OpenReader(open, encoding);
        var buffer = new char[SniffBytes];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        // A multi-byte sequence may be cut at the end of the sniffed block; trim up to 3 trailing bytes.
        if (!complete)
        {
            var cut = bytes.Length;
            for (var i = 1; i <= 3 && i <= bytes.Length; i++)
            {
                var b = bytes[^i];
                if ((b & 0xC0) == 0xC0)
                {
                    cut = bytes.Length - i;
                    break;
                }

                if ((b & 0x80) == 0)
                {
                    break;
                }
            }

            bytes = bytes[..cut];
        }

        return System.Text.Unicode.Utf8.IsValid(bytes);
    }
}
