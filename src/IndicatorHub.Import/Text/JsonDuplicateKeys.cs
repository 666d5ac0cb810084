using System.Text.Json;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Text;

/// <summary>
/// Finds the first object in a JSON document that names a key twice. JSON leaves open which occurrence counts
/// (System.Text.Json's DOM took the last, a streaming reader the first), so every JSON parser refuses such a file
/// at the second occurrence rather than store either reading.
/// </summary>
public static class JsonDuplicateKeys
{
    /// <summary>The byte offset and name of the first repeated key, or null; a syntax error is left to the parser.</summary>
    public static (long Offset, string Name)? Find(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var scopes = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        scopes.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        scopes.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.Pop();
                        break;
                    case JsonTokenType.PropertyName when scopes.Peek() is { } keys:
                        var name = reader.GetString()!;
                        if (!keys.Add(name))
                        {
                            return (reader.TokenStartIndex, name);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The 1-based line and character column of <paramref name="offset"/> in UTF-8 text.</summary>
    public static SourcePosition PositionOf(ReadOnlySpan<byte> utf8, long offset, string? field)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line, column, field);
    }

    /// <summary>The reason for a repeated key, the same in every JSON format.</summary>
    public static string Reason(string name) =>
        $"The key \"{InputLimits.Excerpt(name)}\" occurs twice in the same object; JSON readers disagree on which one counts, so the file is refused. Keep one of them.";
}
