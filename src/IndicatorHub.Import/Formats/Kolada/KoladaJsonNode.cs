using System.Globalization;
using System.Text.Json;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// One JSON value of a Kolada page with the byte offset where its token starts. The parser reads one element of
/// <c>values[]</c> at a time into these nodes, so it can look at the element's keys before deciding what it is
/// (a data value, a KPI, a municipality, a group) and still report every problem at its line and column.
/// </summary>
internal sealed class KoladaJsonNode
{
    private KoladaJsonNode(JsonTokenType kind, long offset)
    {
        Kind = kind;
        Offset = offset;
    }

    /// <summary>StartObject, StartArray, String, Number, True, False or Null.</summary>
    public JsonTokenType Kind { get; }

    /// <summary>Absolute byte offset of the value's first byte.</summary>
    public long Offset { get; }

    /// <summary>The string, or the number as written.</summary>
    public string? Text { get; private init; }

    /// <summary>An object's properties in file order.</summary>
    public List<KeyValuePair<string, KoladaJsonNode>>? Properties { get; private init; }

    /// <summary>An array's items.</summary>
    public List<KoladaJsonNode>? Items { get; private init; }

    /// <summary>A short name of the kind for messages.</summary>
    public string KindName => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the text \"{IndicatorHub.Import.Text.InputLimits.Excerpt(Text)}\"",
        JsonTokenType.Number => $"the number {IndicatorHub.Import.Text.InputLimits.Excerpt(Text)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    /// <summary>The value of an object's property, or null when absent.</summary>
    public KoladaJsonNode? Get(string name)
    {
        if (Properties is null)
        {
            return null;
        }

        foreach (var (key, value) in Properties)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The number, when the node is one.</summary>
    public bool TryGetNumber(out double value)
    {
        value = 0;
        return Kind == JsonTokenType.Number && double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Reads the value the reader stands on (after Read()) with everything inside it.</summary>
    /// <param name="baseOffset">Absolute offset of the reader's span start.</param>
    public static KoladaJsonNode Read(ref Utf8JsonReader reader, long baseOffset)
    {
        var offset = baseOffset + reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var properties = new List<KeyValuePair<string, KoladaJsonNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    if (properties.Exists(p => p.Key == name))
                    {
                        // First-wins and last-wins readers would store different data from the same file.
                        throw new DuplicateKeyException(name, baseOffset + reader.TokenStartIndex);
                    }

                    reader.Read();
                    properties.Add(new(name, Read(ref reader, baseOffset)));
                }

                return new KoladaJsonNode(JsonTokenType.StartObject, offset) { Properties = properties };
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<KoladaJsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader, baseOffset));
                }

                return new KoladaJsonNode(JsonTokenType.StartArray, offset) { Items = items };
            }

            case JsonTokenType.String:
                return new KoladaJsonNode(JsonTokenType.String, offset) { Text = reader.GetString() };

            case JsonTokenType.Number:
                return new KoladaJsonNode(JsonTokenType.Number, offset)
                {
                    // The reader runs over one contiguous span, so the value is never a sequence.
                    Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                };

            default:
                return new KoladaJsonNode(reader.TokenType, offset);
        }
    }

    /// <summary>An object that names the same key twice; JSON gives no rule for which one counts.</summary>
    internal sealed class DuplicateKeyException(string name, long offset) : Exception($"duplicate key \"{name}\"")
    {
        /// <summary>The key.</summary>
        public string Name { get; } = name;

        /// <summary>Absolute byte offset of the second occurrence.</summary>
        public long Offset { get; } = offset;
    }
}
