using System.Globalization;
using System.Text.Json;

namespace IndicatorHub.Import.Formats.PxWeb;

/// <summary>
/// JSON-stat's <c>status</c> in any of its three forms: one string for every cell, an array parallel to
/// <c>value</c>, or an object keyed by cell index.
/// </summary>
internal sealed class PxWebStatusReader
{
    private readonly string? all;
    private readonly JsonElement list;
    private readonly JsonElement byIndex;

    private PxWebStatusReader(string? all, JsonElement list, JsonElement byIndex)
    {
        this.all = all;
        this.list = list;
        this.byIndex = byIndex;
    }

    /// <summary>Reads the dataset's status, if any.</summary>
    public static PxWebStatusReader From(JsonElement root)
    {
        if (!root.TryGetProperty("status", out var status))
        {
            return new PxWebStatusReader(null, default, default);
        }

        return status.ValueKind switch
        {
            JsonValueKind.String => new PxWebStatusReader(status.GetString(), default, default),
            JsonValueKind.Array => new PxWebStatusReader(null, status, default),
            JsonValueKind.Object => new PxWebStatusReader(null, default, status),
            _ => new PxWebStatusReader(null, default, default),
        };
    }

    /// <summary>The status of cell <paramref name="index"/>, or null.</summary>
    public string? At(int index)
    {
        if (all is not null)
        {
            return all;
        }

        if (list.ValueKind == JsonValueKind.Array && index < list.GetArrayLength())
        {
            return NonEmpty(list[index]);
        }

        return byIndex.ValueKind == JsonValueKind.Object && byIndex.TryGetProperty(index.ToString(CultureInfo.InvariantCulture), out var s) ? NonEmpty(s) : null;
    }

    private static string? NonEmpty(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text ? text : null;
}
