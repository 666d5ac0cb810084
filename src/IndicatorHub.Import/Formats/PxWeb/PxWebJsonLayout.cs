using System.Text.Json;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.PxWeb;

/// <summary>
/// Where things are in the JSON text: the top-level properties and each element of <c>value</c>, as 1-based
/// line and character column. JsonDocument keeps no positions, so one forward pass with Utf8JsonReader
/// records byte offsets (four bytes per value, far less than the document itself).
/// </summary>
internal sealed class PxWebJsonLayout
{
    private readonly byte[] utf8;
    private readonly List<int> lineStarts = [0];
    private readonly Dictionary<string, int> properties = new(StringComparer.Ordinal);

    private PxWebJsonLayout(byte[] utf8)
    {
        this.utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Byte offset of each element of the top-level <c>value</c> array (empty when it is not an array).</summary>
    public int[] ValueOffsets { get; private set; } = [];

    /// <summary>Scans the (already validated) JSON once.</summary>
    public static PxWebJsonLayout Scan(byte[] utf8)
    {
        var layout = new PxWebJsonLayout(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return layout;
        }

        var values = new List<int>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            layout.properties.TryAdd(name, (int)reader.TokenStartIndex);
            reader.Read();
            if (name == "value" && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    values.Add((int)reader.TokenStartIndex);
                    reader.Skip();
                }

                layout.ValueOffsets = [.. values];
            }
            else
            {
                reader.Skip();
            }
        }

        return layout;
    }

    /// <summary>The position of a top-level property's name, or the start of the file when it is absent.</summary>
    public SourcePosition Property(string name, string? field = null) =>
        properties.TryGetValue(name, out var offset) ? At(offset, field ?? name) : new SourcePosition(1, 1, field ?? name);

    /// <summary>The position of a byte offset.</summary>
    public SourcePosition At(int offset, string? field)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, CharacterColumn(lineStarts[line], offset), field);
    }

    /// <summary>The position JsonException reports (0-based line, 0-based byte in the line) as line and character column.</summary>
    public static SourcePosition FromException(byte[] utf8, long line, long bytePositionInLine)
    {
        var layout = new PxWebJsonLayout(utf8);
        var index = (int)Math.Clamp(line, 0, layout.lineStarts.Count - 1);
        var start = layout.lineStarts[index];
        var offset = (int)Math.Min(utf8.Length, start + bytePositionInLine);
        return new SourcePosition(index + 1, layout.CharacterColumn(start, offset));
    }

    // Columns count characters, not bytes: "Södermanlands" is one column per letter.
    private int CharacterColumn(int lineStart, int offset)
    {
        var column = 1;
        for (var i = lineStart; i < offset && i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }
}
