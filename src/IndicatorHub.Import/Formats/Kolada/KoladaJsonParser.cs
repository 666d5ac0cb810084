using System.Globalization;
using System.Text;
using System.Text.Json;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Observations;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Reads one Kolada API response page, v2 or v3: <c>{"count":…,"values":[…],"next_page"|"next_url":…}</c>.
/// What each element of <c>values</c> is follows from its keys:
/// <list type="bullet">
/// <item>data (<c>/data/kpi/…</c>): <c>kpi, municipality, period, values[{gender,count,status,value}]</c> → one
/// <see cref="ParsedObservation"/> per gender (T → total, K → sex/female, M → sex/male); a null value stays null
/// with Kolada's status text as the status. <c>count</c> (how many members a group value averages) is not a
/// population and is not read.</item>
/// <item><c>/kpi</c>: <c>id, title, description, is_divided_by_gender, operating_area, …</c> →
/// <see cref="ParsedIndicator"/> with the id upper-cased.</item>
/// <item><c>/municipality</c>: <c>id, title, type</c> (K kommun, L region or riket) → <see cref="ParsedArea"/>.</item>
/// <item><c>/municipality_groups</c>: <c>id, title, members[{member_id|id, member_title|title}]</c> → for SKR's
/// kommungrupp groups (<see cref="KoladaKommungrupp"/>) a <see cref="ParsedArea"/> per member carrying the group;
/// other municipality groups yield nothing, since the store keeps none.</item>
/// <item><c>/kpi_groups</c>: <c>id, title, members[{member_id|id, member_title|title}]</c> → for a group whose title
/// marks it as Kolada's Agenda 2030 group of one goal (<see cref="KoladaAgenda2030Groups"/>) a
/// <see cref="ParsedSdgLink"/> per member; other KPI groups yield nothing.</item>
/// </list>
/// A page is at most 5 000 elements (the API's per_page limit), so the file's bytes are read whole; elements are
/// still turned into items one at a time. Use <see cref="ReadPageLinks(ReadOnlySpan{byte})"/> to follow paging.
/// </summary>
public sealed class KoladaJsonParser : IFormatParser
{
    private const string KoladaSource = "Kolada";


    private enum Step
    {
        More,
        End,
        Failed,
    }

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.KoladaJson;

    /// <summary>True for JSON whose top level (or first object) has a <c>"values": [</c> array, as every Kolada response does.</summary>
    public bool Sniff(string fileName, string head)
    {
        var text = head.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (text.IsEmpty || (text[0] != '{' && text[0] != '['))
        {
            return false;
        }

        var rest = text;
        while (true)
        {
            var at = rest.IndexOf("\"values\"", StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + 8)..];
            var after = rest.TrimStart();
            if (after.Length > 1 && after[0] == ':' && after[1..].TrimStart().StartsWith('['))
            {
                return true;
            }
        }
    }

    /// <summary>Reads the paging fields of a Kolada response; <see cref="KoladaPageLinks.None"/> when unreadable.</summary>
    public static KoladaPageLinks ReadPageLinks(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        int? count = null;
        string? next = null, previous = null;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return KoladaPageLinks.None;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "count" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var c):
                        count = c;
                        break;
                    case "next_page" or "next_url" when reader.TokenType == JsonTokenType.String:
                        next = NullIfEmpty(reader.GetString());
                        break;
                    case "previous_page" or "previous_url" when reader.TokenType == JsonTokenType.String:
                        previous = NullIfEmpty(reader.GetString());
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return KoladaPageLinks.None;
        }

        return new KoladaPageLinks(count, next, previous);
    }

    /// <summary>Reads the paging fields of a Kolada response file.</summary>
    public static KoladaPageLinks ReadPageLinks(ImportSource source)
    {
        return ReadPageLinks(TextDecoding.ReadAllBounded(source, "a Kolada API page"));
    }

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        var bytes = ReadUtf8(source, options.Encoding, out var length);
        var start = bytes.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var positions = new KoladaJsonPositions(bytes, length);
        var cursor = new Cursor(start, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip }));
        var items = new List<ParsedItem>();

        if (!FindValues(bytes, length, cursor, positions, items))
        {
            foreach (var item in items)
            {
                yield return item;
            }

            yield break;
        }

        for (var index = 0; ; index++)
        {
            items.Clear();
            var step = ReadElement(bytes, length, cursor, index, positions, items);
            foreach (var item in items)
            {
                yield return item;
            }

            if (step == Step.Failed)
            {
                yield break;
            }

            if (step == Step.End)
            {
                break;
            }
        }

        items.Clear();
        ReadTail(bytes, length, cursor, positions, items);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static byte[] ReadUtf8(ImportSource source, Encoding? encoding, out int length)
    {
        var bytes = TextDecoding.ReadAllBounded(source, "a Kolada API page");
        length = bytes.Length;
        var detected = encoding is null;
        encoding = TextDecoding.FromByteOrderMark(bytes) ?? encoding ?? TextDecoding.Detect(bytes, complete: true);
        TextDecoding.CheckBytes(bytes, encoding, detected);
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return bytes;
        }

        // Utf8JsonReader reads UTF-8 only; a file saved in another encoding is converted first.
        var utf8 = Encoding.UTF8.GetBytes(encoding.GetString(bytes, 0, length));
        length = utf8.Length;
        return utf8;
    }

    private static bool FindValues(byte[] bytes, int length, Cursor cursor, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var reader = new Utf8JsonReader(bytes.AsSpan((int)cursor.Offset, length - (int)cursor.Offset), isFinalBlock: true, cursor.State);
        try
        {
            if (!reader.Read())
            {
                items.Add(new ParseProblem(positions.At(cursor.Offset, "$"), "The file is empty; a Kolada API response is a JSON object with a \"values\" array.", Fatal: true));
                return false;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                // A bare array is the values array saved on its own.
                cursor.Advance(ref reader);
                return true;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                items.Add(new ParseProblem(positions.At(cursor.Offset + reader.TokenStartIndex, "$"), "The file is not a Kolada API response: it should start with '{' and hold a \"values\" array.", Fatal: true));
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!cursor.TopLevelNames.Add(name))
                {
                    items.Add(DuplicateKeyProblem(positions.At(cursor.Offset + reader.TokenStartIndex, $"$.{name}"), name));
                    return false;
                }

                reader.Read();
                if (name == "values")
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        items.Add(new ParseProblem(positions.At(cursor.Offset + reader.TokenStartIndex, "$.values"), "\"values\" is not an array; a Kolada response lists its items in \"values\": [ … ].", Fatal: true));
                        return false;
                    }

                    cursor.Advance(ref reader);
                    return true;
                }

                reader.Skip();
            }

            items.Add(new ParseProblem(positions.At(cursor.Offset + reader.TokenStartIndex, "$"), "The JSON object has no \"values\" array, so it is no Kolada API response.", Fatal: true));
            return false;
        }
        catch (JsonException ex)
        {
            items.Add(JsonProblem(bytes, length, cursor.Offset, ex, positions, "$"));
            return false;
        }
    }

    private static Step ReadElement(byte[] bytes, int length, Cursor cursor, int index, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var reader = new Utf8JsonReader(bytes.AsSpan((int)cursor.Offset, length - (int)cursor.Offset), isFinalBlock: true, cursor.State);
        KoladaJsonNode node;
        try
        {
            if (!reader.Read())
            {
                items.Add(new ParseProblem(positions.At(length, $"$.values[{index}]"), "The file ends inside the \"values\" array; it was cut off. Download the page again.", Fatal: true));
                return Step.Failed;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                cursor.Advance(ref reader);
                return Step.End;
            }

            node = KoladaJsonNode.Read(ref reader, cursor.Offset);
            cursor.Advance(ref reader);
        }
        catch (JsonException ex)
        {
            items.Add(JsonProblem(bytes, length, cursor.Offset, ex, positions, $"$.values[{index}]"));
            return Step.Failed;
        }
        catch (KoladaJsonNode.DuplicateKeyException duplicate)
        {
            items.Add(DuplicateKeyProblem(positions.At(duplicate.Offset, $"$.values[{index}].{duplicate.Name}"), duplicate.Name));
            return Step.Failed;
        }

        return Convert(node, index, positions, items) ? Step.More : Step.Failed;
    }

    private static void ReadTail(byte[] bytes, int length, Cursor cursor, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        // The rest after "values" (next_page, previous_page) must still be well-formed, or the page was cut off.
        var reader = new Utf8JsonReader(bytes.AsSpan((int)cursor.Offset, length - (int)cursor.Offset), isFinalBlock: true, cursor.State);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && !cursor.TopLevelNames.Add(reader.GetString()!))
                {
                    var name = reader.GetString()!;
                    items.Add(DuplicateKeyProblem(positions.At(cursor.Offset + reader.TokenStartIndex, $"$.{name}"), name));
                    return;
                }
            }
        }
        catch (JsonException ex)
        {
            items.Add(JsonProblem(bytes, length, cursor.Offset, ex, positions, "$"));
        }
    }

    private static bool Convert(KoladaJsonNode node, int index, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var path = $"$.values[{index}]";
        if (node.Kind != JsonTokenType.StartObject)
        {
            items.Add(new ParseProblem(positions.At(node.Offset, path), $"values[{index}] is {node.KindName}; a Kolada response lists objects in \"values\"."));
            return true;
        }

        if (node.Get("kpi") is not null && node.Get("values") is not null)
        {
            ConvertData(node, path, positions, items);
        }
        else if (node.Get("members") is not null)
        {
            ConvertGroup(node, path, positions, items);
        }
        else if (node.Get("type") is not null && node.Get("id") is not null)
        {
            ConvertMunicipality(node, path, positions, items);
        }
        else if (node.Get("id") is not null && node.Get("title") is not null && node.Get("municipality") is not null)
        {
            items.Add(new ParseProblem(positions.At(node.Offset, path), "This is a Kolada /ou page (organisational units); IndicatorHub imports municipality-level data only.", Fatal: true));
            return false;
        }
        else if (node.Get("id") is not null && node.Get("title") is not null)
        {
            ConvertKpi(node, path, positions, items);
        }
        else
        {
            var keys = string.Join(", ", node.Properties!.Select(p => p.Key));
            items.Add(new ParseProblem(positions.At(node.Offset, path), $"values[{index}] has the keys {keys}; that is no Kolada data value (kpi, municipality, period, values), KPI (id, title), municipality (id, title, type) or group (id, title, members)."));
        }

        return true;
    }

    private static void ConvertData(KoladaJsonNode node, string path, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var position = positions.At(node.Offset, path);
        if (!TryText(node, "kpi", path, positions, items, "a KPI id such as \"N00923\"", out var kpi, out var kpiPosition))
        {
            return;
        }

        var areaNode = node.Get("municipality");
        if (areaNode is null && node.Get("ou") is not null)
        {
            items.Add(new ParseProblem(position, "This is organisational-unit data (\"ou\"); IndicatorHub imports municipality-level data (/data, not /oudata) only."));
            return;
        }

        if (!TryText(node, "municipality", path, positions, items, "a Kolada area id such as \"0180\"", out var area, out var areaPosition))
        {
            return;
        }

        var periodNode = node.Get("period");
        var periodPosition = positions.At(periodNode?.Offset ?? node.Offset, $"{path}.period");
        if (periodNode is not { Kind: JsonTokenType.Number or JsonTokenType.String } || string.IsNullOrWhiteSpace(periodNode.Text))
        {
            items.Add(new ParseProblem(periodPosition, $"\"period\" is {periodNode?.KindName ?? "missing"}; Kolada writes the year as a number such as 2020."));
            return;
        }

        var values = node.Get("values")!;
        if (values.Kind != JsonTokenType.StartArray)
        {
            items.Add(new ParseProblem(positions.At(values.Offset, $"{path}.values"), $"\"values\" is {values.KindName}; a data value lists its genders in an array [{{\"gender\":\"T\",\"value\":…}}]."));
            return;
        }

        var indicator = kpi.ToUpperInvariant();
        var period = periodNode.Text!.Trim();
        for (var j = 0; j < values.Items!.Count; j++)
        {
            var inner = values.Items[j];
            var innerPath = $"{path}.values[{j}]";
            var innerPosition = positions.At(inner.Offset, innerPath);
            if (inner.Kind != JsonTokenType.StartObject)
            {
                items.Add(new ParseProblem(innerPosition, $"{innerPath} is {inner.KindName}; expected an object such as {{\"gender\":\"T\",\"value\":81.2}}."));
                continue;
            }

            var genderNode = inner.Get("gender");
            if (genderNode is not null && genderNode.Kind is not (JsonTokenType.String or JsonTokenType.Null))
            {
                items.Add(new ParseProblem(positions.At(genderNode.Offset, $"{innerPath}.gender"), $"\"gender\" is {genderNode.KindName}; Kolada writes \"T\", \"K\" or \"M\"."));
                continue;
            }

            if (!Dimensions.TryFromKoladaGender(genderNode?.Text, out var dimension, out var subgroup))
            {
                items.Add(new ParseProblem(positions.At(genderNode!.Offset, $"{innerPath}.gender"), $"Unknown gender \"{genderNode.Text}\"; Kolada writes T (total), K (women) or M (men)."));
                continue;
            }

            var valueNode = inner.Get("value");
            double? value = null;
            if (valueNode is { Kind: JsonTokenType.Number } && valueNode.TryGetNumber(out var number))
            {
                value = number;
            }
            else if (valueNode is { Kind: JsonTokenType.Number })
            {
                items.Add(new ParseProblem(positions.At(valueNode.Offset, $"{innerPath}.value"), $"\"value\" {InputLimits.Excerpt(valueNode.Text)} is beyond the largest number that can be stored (about ±1.8e308); write the value as an ordinary number or null."));
                continue;
            }
            else if (valueNode is not null && valueNode.Kind != JsonTokenType.Null)
            {
                items.Add(new ParseProblem(positions.At(valueNode.Offset, $"{innerPath}.value"), $"\"value\" is {valueNode.KindName}; expected a number or null."));
                continue;
            }

            var statusNode = inner.Get("status");
            var status = statusNode is { Kind: JsonTokenType.String } && !string.IsNullOrWhiteSpace(statusNode.Text) ? statusNode.Text.Trim() : null;
            items.Add(new ParsedObservation(innerPosition, indicator, area, period, dimension, subgroup, value)
            {
                Status = status,
                IndicatorPosition = kpiPosition,
                AreaPosition = areaPosition,
                PeriodPosition = periodPosition,
            });
        }
    }

    private static void ConvertKpi(KoladaJsonNode node, string path, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var position = positions.At(node.Offset, path);
        if (!TryText(node, "id", path, positions, items, "a KPI id such as \"N00923\"", out var id, out _)
            || !TryText(node, "title", path, positions, items, "the KPI's title", out var title, out _))
        {
            return;
        }

        // v2 sends is_divided_by_gender as 0/1, v3 as false/true.
        var divided = node.Get("is_divided_by_gender") switch
        {
            { Kind: JsonTokenType.True } => true,
            { Kind: JsonTokenType.Number } n => n.TryGetNumber(out var d) && d != 0,
            _ => false,
        };

        var (unit, scale) = KoladaUnits.FromTitle(title);
        items.Add(new ParsedIndicator(position, new Indicator(id.ToUpperInvariant(), title.Trim())
        {
            Description = OptionalText(node, "description"),
            Unit = OptionalText(node, "unit") ?? unit,
            Scale = scale,
            OperatingArea = OptionalText(node, "operating_area"),
            DividedByGender = divided,
            Source = KoladaSource,
        }));
    }

    private static void ConvertMunicipality(KoladaJsonNode node, string path, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var position = positions.At(node.Offset, path);
        if (!TryText(node, "id", path, positions, items, "a Kolada area id such as \"0180\"", out var id, out _)
            || !TryText(node, "title", path, positions, items, "the area's name", out var title, out _))
        {
            return;
        }

        var type = OptionalText(node, "type");
        AreaKind kind;
        switch (type?.ToUpperInvariant())
        {
            case "K":
                kind = AreaKind.Municipality;
                break;
            case "L":
                kind = id == AreaCodes.KoladaSweden ? AreaKind.Country : AreaKind.Region;
                break;
            default:
                items.Add(new ParseProblem(positions.At(node.Get("type")!.Offset, $"{path}.type"), $"\"type\" is {node.Get("type")!.KindName}; Kolada writes \"K\" for a municipality and \"L\" for a region or the country."));
                return;
        }

        var code = AreaCodes.FromKolada(id);
        items.Add(new ParsedArea(position, new Area(code, id, title.Trim(), kind, kind == AreaKind.Municipality ? code[..2] : null)));
    }

    private static void ConvertGroup(KoladaJsonNode node, string path, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var members = node.Get("members")!;
        if (members.Kind != JsonTokenType.StartArray)
        {
            items.Add(new ParseProblem(positions.At(members.Offset, $"{path}.members"), $"\"members\" is {members.KindName}; a group lists its members in an array."));
            return;
        }

        var groupId = OptionalText(node, "id");
        if (KoladaAgenda2030Groups.TryMatch(OptionalText(node, "title"), SdgCatalogue.Load(), out var goal, out var targetId))
        {
            ConvertAgenda2030Group(node, members, path, goal, targetId, positions, items);
            return;
        }

        // Other KPI groups and the thousands of other municipality groups are not kept by the store: nothing to yield.
        if (groupId is null || !KoladaKommungrupp.GroupIds.Contains(groupId))
        {
            return;
        }

        var groupTitle = KoladaKommungrupp.CleanTitle(OptionalText(node, "title") ?? groupId);
        for (var j = 0; j < members.Items!.Count; j++)
        {
            var member = members.Items[j];
            var memberPath = $"{path}.members[{j}]";
            var id = OptionalText(member, "member_id") ?? OptionalText(member, "id");
            var name = OptionalText(member, "member_title") ?? OptionalText(member, "title");
            if (id is null || id.Length != 4 || !id.All(char.IsAsciiDigit))
            {
                items.Add(new ParseProblem(positions.At(member.Offset, memberPath), $"{memberPath} has no four-digit \"member_id\"; a kommungrupp lists municipalities such as {{\"member_id\":\"0180\",\"member_title\":\"Stockholm\"}}."));
                continue;
            }

            var code = AreaCodes.FromKolada(id);
            var kind = id == AreaCodes.KoladaSweden ? AreaKind.Country : code.Length == 2 ? AreaKind.Region : AreaKind.Municipality;
            items.Add(new ParsedArea(positions.At(member.Offset, memberPath), new Area(code, id, name ?? id, kind, kind == AreaKind.Municipality ? code[..2] : null)
            {
                MunicipalityGroupId = groupId.ToUpperInvariant(),
                MunicipalityGroupTitle = groupTitle,
            }));
        }
    }

    private static void ConvertAgenda2030Group(
        KoladaJsonNode node, KoladaJsonNode members, string path, int goal, string? targetId, KoladaJsonPositions positions, List<ParsedItem> items)
    {
        var note = $"Kolada KPI group {OptionalText(node, "id") ?? "(no id)"}: {OptionalText(node, "title")}";
        for (var j = 0; j < members.Items!.Count; j++)
        {
            var member = members.Items[j];
            var memberPath = $"{path}.members[{j}]";
            var id = member.Kind == JsonTokenType.StartObject ? OptionalText(member, "member_id") ?? OptionalText(member, "id") : null;
            if (id is null || id.Any(char.IsWhiteSpace) || id.All(char.IsAsciiDigit))
            {
                var found = id is null ? "no \"member_id\"" : $"the member_id \"{id}\", which is no KPI id";
                items.Add(new ParseProblem(positions.At(member.Offset, memberPath),
                    $"{memberPath} has {found}; an Agenda 2030 KPI group lists KPIs such as {{\"member_id\":\"N00923\",\"member_title\":\"Medellivslängd män, år\"}}."));
                continue;
            }

            items.Add(new ParsedSdgLink(positions.At(member.Offset, memberPath), id.ToUpperInvariant(), goal, targetId, SdgMappingSource.Kolada, note));
        }
    }

    private static bool TryText(
        KoladaJsonNode node, string name, string path, KoladaJsonPositions positions, List<ParsedItem> items, string expected, out string text, out SourcePosition position)
    {
        var child = node.Get(name);
        position = positions.At(child?.Offset ?? node.Offset, $"{path}.{name}");
        if (child is { Kind: JsonTokenType.String } && !string.IsNullOrWhiteSpace(child.Text))
        {
            text = child.Text.Trim();
            return true;
        }

        items.Add(new ParseProblem(position, child is null ? $"\"{name}\" is missing; expected {expected}." : $"\"{name}\" is {child.KindName}; expected {expected}."));
        text = string.Empty;
        return false;
    }

    private static string? OptionalText(KoladaJsonNode node, string name) =>
        node.Get(name) is { Kind: JsonTokenType.String, Text: { } text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static ParseProblem JsonProblem(byte[] bytes, int length, long sliceStart, JsonException ex, KoladaJsonPositions positions, string path)
    {
        // A reader restarted from a saved state keeps counting lines and bytes from the document's start, so the
        // exception's line and byte position are absolute; without them, the point where reading stopped is used.
        if (ex.LineNumber is null || ex.BytePositionInLine is null)
        {
            return new ParseProblem(positions.At(sliceStart, path), $"The JSON is broken after this point: {ex.Message}", Fatal: true);
        }

        // The first reader starts after a byte-order mark, so on the first line its bytes count from there.
        long offset = ex.LineNumber == 0 && bytes.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var line = ex.LineNumber.Value;
        while (line > 0 && offset < length)
        {
            if (bytes[offset++] == (byte)'\n')
            {
                line--;
            }
        }

        offset = Math.Min(length, offset + ex.BytePositionInLine.Value);
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).Trim();
        var reason = offset >= length
            ? $"The JSON ends too early; the file was cut off (download the page again). Detail: {message}"
            : $"The JSON is broken here: {message}";
        return new ParseProblem(positions.At(offset, path), reason, Fatal: true);
    }

    /// <summary>Where the next read starts: an absolute offset and the reader's state there.</summary>
    private static ParseProblem DuplicateKeyProblem(SourcePosition position, string name) =>
        new(position, JsonDuplicateKeys.Reason(name), Fatal: true);

    private sealed class Cursor(long offset, JsonReaderState state)
    {
        /// <summary>The top-level keys met so far, to refuse a second "values" or any other repeated key.</summary>
        public HashSet<string> TopLevelNames { get; } = new(StringComparer.Ordinal);

        public long Offset { get; private set; } = offset;

        public JsonReaderState State { get; private set; } = state;

        public void Advance(ref Utf8JsonReader reader)
        {
            Offset += reader.BytesConsumed;
            State = reader.CurrentState;
        }
    }
}
