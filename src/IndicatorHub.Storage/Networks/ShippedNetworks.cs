using System.Globalization;
using System.Reflection;
using IndicatorHub.Storage.ReferenceData;

namespace IndicatorHub.Storage.Networks;

/// <summary>A network file shipped in data/networks, as the store seeds it.</summary>
internal sealed record ShippedNetwork(string Slug, string Name, bool IsExample, string Source, IReadOnlyList<ShippedMember> Members);

/// <summary>One row of a network file: the area as written (code or name) and where the membership is documented.</summary>
internal sealed record ShippedMember(string Area, NetworkMemberSource Source);

/// <summary>
/// Reads the network files embedded from data/networks: every <c>*.csv</c> except the manifest <c>networks.csv</c>,
/// which gives a file its display name and marks examples (data/networks/README.md). A file the manifest does not
/// name is called by its file name.
/// </summary>
internal static class ShippedNetworks
{
    private const string Prefix = "networks/";
    private const string Manifest = Prefix + "networks.csv";

    /// <summary>Every shipped network, by file name.</summary>
    internal static IReadOnlyList<ShippedNetwork> All()
    {
        var resources = Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && n != Manifest)
            .Order(StringComparer.Ordinal)
            .ToList();
        var manifest = resources.Count == 0 || !Assembly.GetExecutingAssembly().GetManifestResourceNames().Contains(Manifest)
            ? []
            : ReferenceCsv.ReadResource(Manifest);
        var titles = manifest
            .Where(r => r.TryGetValue("file", out var f) && f.Trim().Length > 0)
            .ToDictionary(r => r["file"].Trim(), r => r, StringComparer.OrdinalIgnoreCase);

        return resources.Select(resource =>
        {
            var file = resource[Prefix.Length..^".csv".Length];
            titles.TryGetValue(file, out var title);
            var name = title is not null && title.TryGetValue("name", out var n) && n.Trim().Length > 0 ? n.Trim() : file;
            var example = title is not null && title.TryGetValue("example", out var e) && e.Trim() is "1" or "true" or "yes";
            return new ShippedNetwork(NetworkNames.Slug(file), name, example, "data/" + resource, Read(resource));
        }).ToList();
    }

    /// <summary>Reads the member rows of a network CSV text: column <c>area</c>, and optionally source_url, source_date, note.</summary>
    internal static IReadOnlyList<ShippedMember> ReadMembers(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) =>
        rows.Where(r => r.TryGetValue("area", out var a) && a.Trim().Length > 0)
            .Select(r => new ShippedMember(
                r["area"].Trim(),
                new NetworkMemberSource(
                    Cell(r, "source_url"),
                    DateOnly.TryParseExact(Cell(r, "source_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                    Cell(r, "note"))))
            .ToList();

    private static IReadOnlyList<ShippedMember> Read(string resource) => ReadMembers(ReferenceCsv.ReadResource(resource));

    private static string? Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && value.Trim().Length > 0 ? value.Trim() : null;
}
