using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Import.Formats.Scb;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.PxWeb;

/// <summary>
/// Reads a PxWeb API v2 response in JSON-stat 2.0 (<c>outputFormat=json-stat2</c>), SCB's or any PxWeb server's.
/// The document is read whole (JSON-stat needs <c>id</c>, <c>size</c> and <c>dimension</c> before <c>value</c>
/// means anything); observations are built one at a time from it. Mapping:
/// <list type="bullet">
/// <item><c>value</c> is row-major over <c>id</c>; each dimension's categories are ordered by
/// <c>category.index</c> and labelled by <c>category.label</c>.</item>
/// <item><c>role.geo</c>, <c>role.time</c> and <c>role.metric</c> name the region, time and contents dimensions;
/// without roles the ids Region, Tid and ContentsCode (or the labels region, år/månad, tabellinnehåll) do.</item>
/// <item>Area: the region category code ("01", "0180"). Period: the time code, "2025M01" → "2025-01".</item>
/// <item>Indicator: <see cref="ParseOptions.IndicatorId"/> when given, else <c>extension.px.tableid</c> (or
/// <c>matrix</c>); with more than one content "{id}.{content code}". One <see cref="ParsedIndicator"/> per
/// content: title its label, unit <c>category.unit[code].base</c>, source <c>source</c>, description the
/// dataset label.</item>
/// <item>Other dimensions are breakdowns, mapped by <see cref="ScbBreakdown"/>; PxWeb's
/// <c>extension.eliminationValueCode</c> names a dimension's total.</item>
/// <item><c>status</c> (a string, an array or an object keyed by index) becomes the observation's status; a
/// null value without status is a missing value with no status.</item>
/// </list>
/// Invalid or truncated JSON, a value count that is not the product of <c>size</c>, or a table without region
/// or time is one fatal problem. A metadata response (no values) yields its indicators and one warning.
/// </summary>
public sealed partial class PxWebJsonStatParser : IFormatParser
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.PxWebJson;

    /// <summary>
    /// A JSON object that says <c>"version": "2.0"</c> and <c>"class": "dataset"</c>, or that has JSON-stat's
    /// <c>"id": [</c> and <c>"size": [</c> arrays.
    /// </summary>
    public bool Sniff(string fileName, string head)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('{'))
        {
            return false;
        }

        return (VersionTwo().IsMatch(text) && ClassDataset().IsMatch(text)) || (IdArray().IsMatch(text) && SizeArray().IsMatch(text));
    }

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        var utf8 = ReadUtf8(source, options);
        var document = TryParse(utf8, out var invalid);
        if (document is null)
        {
            yield return invalid!;
            yield break;
        }

        using (document)
        {
            foreach (var item in Read(document.RootElement, utf8, options))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<ParsedItem> Read(JsonElement root, byte[] utf8, ParseOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return new ParseProblem(new SourcePosition(1, 1, "$"), $"the JSON is {Describe(root.ValueKind)}, not a JSON-stat dataset object", Fatal: true);
            yield break;
        }

        var layout = PxWebJsonLayout.Scan(utf8);
        if (Text(root, "class") is { } cls && cls != "dataset")
        {
            yield return new ParseProblem(layout.Property("class"), $"the JSON-stat class is '{cls}'; only a 'dataset' (the /data response with outputFormat=json-stat2) can be imported", Fatal: true);
            yield break;
        }

        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("size", out var sizeElement) || sizeElement.ValueKind != JsonValueKind.Array)
        {
            var reason = root.TryGetProperty("dataset", out _)
                ? "this is JSON-stat 1.x (a 'dataset' bundle); request outputFormat=json-stat2 from PxWeb API v2"
                : "the JSON has no 'id' and 'size' arrays, so it is not a JSON-stat 2.0 dataset";
            yield return new ParseProblem(new SourcePosition(1, 1, "$"), reason, Fatal: true);
            yield break;
        }

        var variables = BuildVariables(root, idElement, sizeElement, layout, out var problem);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }

        var px = root.TryGetProperty("extension", out var extension) && extension.ValueKind == JsonValueKind.Object
            && extension.TryGetProperty("px", out var pxElement) && pxElement.ValueKind == JsonValueKind.Object ? pxElement : default;
        var tableId = Text(px, "tableid") ?? Text(px, "matrix");
        var cube = new ScbCube(variables, options.IndicatorId, tableId);
        if (cube.Check(layout.Property("dimension")) is { } unmapped)
        {
            yield return unmapped;
            yield break;
        }

        foreach (var indicator in Indicators(root, cube, layout))
        {
            yield return indicator;
        }

        var hasValue = root.TryGetProperty("value", out var value) && value.ValueKind is JsonValueKind.Array or JsonValueKind.Object;
        var count = !hasValue ? 0 : value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : value.EnumerateObject().Count();
        if (count == 0 && cube.CellCount > 0)
        {
            yield return new ParseProblem(layout.Property("value"), "the response holds no values (a metadata response): only the indicators were read; fetch the table's /data with outputFormat=json-stat2 to import values");
            yield break;
        }

        if (value.ValueKind == JsonValueKind.Array && count != cube.CellCount)
        {
            var shape = string.Join(" × ", variables.Select(v => v.Count.ToString(CultureInfo.InvariantCulture)));
            yield return new ParseProblem(layout.Property("value"), $"'value' holds {count} numbers but 'size' ({shape}) needs {cube.CellCount}", Fatal: true);
            yield break;
        }

        var status = PxWebStatusReader.From(root);
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var element in value.EnumerateArray())
            {
                var position = layout.At(layout.ValueOffsets[index], $"value[{index}]");
                yield return Observation(cube, index, element, status, position);
                index++;
            }
        }
        else
        {
            // Sparse form: {"0": 12, "7": 3}; cells not listed are simply absent.
            foreach (var property in value.EnumerateObject())
            {
                var position = layout.Property("value", $"value[\"{property.Name}\"]");
                if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= cube.CellCount)
                {
                    yield return new ParseProblem(position, $"'value' key '{property.Name}' is not a cell index below {cube.CellCount}");
                    continue;
                }

                yield return Observation(cube, index, property.Value, status, position);
            }
        }
    }

    private static ParsedItem Observation(ScbCube cube, int index, JsonElement element, PxWebStatusReader status, SourcePosition position)
    {
        double? number = null;
        var symbol = status.At(index);
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetDouble(out var d) && double.IsFinite(d):
                number = d;
                break;
            case JsonValueKind.Null:
                break;
            case JsonValueKind.String:
                var cell = NumberCell.Parse(element.GetString());
                if (!cell.Ok)
                {
                    return new ParseProblem(position, $"value '{element.GetString()}' is not a number or a missing-value symbol (.., ..., -)");
                }

                number = cell.Value;
                symbol ??= cell.Status;
                break;
            default:
                return new ParseProblem(position, $"value {element.GetRawText()} is not a number or null");
        }

        var meaning = cube.Describe(index);
        return new ParsedObservation(position, meaning.IndicatorId, meaning.Area, meaning.Period, meaning.Dimension, meaning.Subgroup, number)
        {
            Status = symbol,
            AreaPosition = cube.Region!.Position,
            PeriodPosition = cube.Time!.Position,
        };
    }

    private static List<ScbTableVariable> BuildVariables(JsonElement root, JsonElement ids, JsonElement sizes, PxWebJsonLayout layout, out ParseProblem? problem)
    {
        problem = null;
        var variables = new List<ScbTableVariable>();
        var dimensionPosition = layout.Property("dimension");
        if (ids.GetArrayLength() != sizes.GetArrayLength())
        {
            problem = new ParseProblem(layout.Property("size"), $"'id' names {ids.GetArrayLength()} dimensions but 'size' gives {sizes.GetArrayLength()} sizes", Fatal: true);
            return variables;
        }

        if (!root.TryGetProperty("dimension", out var dimensions) || dimensions.ValueKind != JsonValueKind.Object)
        {
            problem = new ParseProblem(dimensionPosition, "the dataset has no 'dimension' object, so its values cannot be labelled", Fatal: true);
            return variables;
        }

        var roles = Roles(root);
        var position = 0;
        foreach (var idValue in ids.EnumerateArray())
        {
            var id = idValue.GetString() ?? string.Empty;
            var size = sizes[position].TryGetInt32(out var s) ? s : -1;
            position++;
            var path = $"dimension.{id}";
            if (!dimensions.TryGetProperty(id, out var dimension) || dimension.ValueKind != JsonValueKind.Object)
            {
                problem = new ParseProblem(dimensionPosition with { Field = path }, $"'id' lists dimension '{id}' but 'dimension' does not describe it", Fatal: true);
                return variables;
            }

            var label = Text(dimension, "label") ?? id;
            var category = dimension.TryGetProperty("category", out var c) ? c : default;
            var codes = Codes(category);
            if (codes.Count != size)
            {
                problem = new ParseProblem(dimensionPosition with { Field = $"{path}.category.index" }, $"dimension '{id}' has {codes.Count} categories but 'size' says {size}", Fatal: true);
                return variables;
            }

            var labelsElement = category.ValueKind == JsonValueKind.Object && category.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
            var labels = codes.Select(code => Text(labelsElement, code) ?? code).ToList();
            var role = roles.TryGetValue(id, out var r) ? r : ScbVocabulary.Classify(id, label);
            var total = dimension.TryGetProperty("extension", out var ext) ? Text(ext, "eliminationValueCode") : null;
            variables.Add(new ScbTableVariable(id, label, role, codes, labels, total, dimensionPosition with { Field = path }));
        }

        return variables;
    }

    private static Dictionary<string, ScbVariableRole> Roles(JsonElement root)
    {
        var roles = new Dictionary<string, ScbVariableRole>(StringComparer.Ordinal);
        if (!root.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.Object)
        {
            return roles;
        }

        foreach (var (name, meaning) in new[] { ("geo", ScbVariableRole.Region), ("time", ScbVariableRole.Time), ("metric", ScbVariableRole.Contents) })
        {
            if (role.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var id in list.EnumerateArray())
                {
                    if (id.GetString() is { } text)
                    {
                        roles.TryAdd(text, meaning);
                    }
                }
            }
        }

        return roles;
    }

    private static List<string> Codes(JsonElement category)
    {
        if (category.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (category.TryGetProperty("index", out var index))
        {
            if (index.ValueKind == JsonValueKind.Array)
            {
                return [.. index.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
            }

            if (index.ValueKind == JsonValueKind.Object)
            {
                return [.. index.EnumerateObject().OrderBy(p => p.Value.TryGetInt32(out var i) ? i : int.MaxValue).Select(p => p.Name)];
            }
        }

        // JSON-stat lets a single-category dimension omit the index.
        return category.TryGetProperty("label", out var labels) && labels.ValueKind == JsonValueKind.Object
            ? [.. labels.EnumerateObject().Select(p => p.Name)]
            : [];
    }

    private static IEnumerable<ParsedIndicator> Indicators(JsonElement root, ScbCube cube, PxWebJsonLayout layout)
    {
        var source = Text(root, "source");
        var title = Text(root, "label");
        if (cube.Contents is not { } contents)
        {
            if (cube.IndicatorIds[0] is { } only)
            {
                yield return new ParsedIndicator(layout.Property("label"), new Indicator(only, title ?? only) { Source = source });
            }

            yield break;
        }

        var dimension = root.GetProperty("dimension").GetProperty(contents.Code!);
        var units = dimension.TryGetProperty("category", out var category) && category.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
        for (var i = 0; i < contents.Count; i++)
        {
            if (cube.IndicatorIds[i] is not { } id)
            {
                continue;
            }

            var unit = units.ValueKind == JsonValueKind.Object && units.TryGetProperty(contents.Codes![i], out var unitElement)
                ? Text(unitElement, "base") ?? Text(unitElement, "label")
                : null;
            yield return new ParsedIndicator(contents.Position with { Field = $"dimension.{contents.Code}.category" }, new Indicator(id, contents.Labels[i])
            {
                Unit = unit,
                Source = source,
                Description = title,
            });
        }
    }

    private static byte[] ReadUtf8(ImportSource source, ParseOptions options)
    {
        var bytes = TextDecoding.ReadAllBounded(source, "a PxWeb JSON-stat response");
        TextDecoding.CheckBytes(bytes, TextDecoding.FromByteOrderMark(bytes) ?? options.Encoding ?? TextDecoding.StrictUtf8, detected: false);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return bytes[3..];
        }

        // JSON is UTF-8 by definition; only a user who says otherwise gets a transcoding.
        return options.Encoding is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage
            ? Encoding.Convert(encoding, Encoding.UTF8, bytes)
            : bytes;
    }

    private static JsonDocument? TryParse(byte[] utf8, out ParseProblem? problem)
    {
        problem = null;
        if (JsonDuplicateKeys.Find(utf8) is { } duplicate)
        {
            problem = new ParseProblem(JsonDuplicateKeys.PositionOf(utf8, duplicate.Offset, "$." + duplicate.Name), JsonDuplicateKeys.Reason(duplicate.Name), Fatal: true);
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            var at = PxWebJsonLayout.FromException(utf8, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0) with { Field = "$" };
            var reason = utf8.Length == 0
                ? "the file is empty, not a JSON-stat response"
                : $"the JSON is invalid or truncated here ({FirstSentence(ex.Message)})";
            problem = new ParseProblem(at, reason, Fatal: true);
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToUpperInvariant(),
    };

    [GeneratedRegex("""["']version["']\s*:\s*["']2\.0["']""", RegexOptions.CultureInvariant)]
    private static partial Regex VersionTwo();

    [GeneratedRegex("""["']class["']\s*:\s*["']dataset["']""", RegexOptions.CultureInvariant)]
    private static partial Regex ClassDataset();

    [GeneratedRegex("""["']id["']\s*:\s*\[""", RegexOptions.CultureInvariant)]
    private static partial Regex IdArray();

    [GeneratedRegex("""["']size["']\s*:\s*\[""", RegexOptions.CultureInvariant)]
    private static partial Regex SizeArray();
}
