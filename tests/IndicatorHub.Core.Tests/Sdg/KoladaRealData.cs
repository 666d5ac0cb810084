using System.Text.RegularExpressions;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

/// <summary>
/// The Kolada KPIs the project holds real data for: the metadata and values extracts copied into TestData/kolada
/// and the value files in samples/kolada (byte-for-byte copies of ../shared/realdata/kolada and kolada-values).
/// </summary>
internal static partial class KoladaRealData
{
    public static string KoladaDir => Path.Combine(SdgTestData.TestData, "kolada");

    public static string KoladaValuesDir => Path.Combine(SdgTestData.Root, "samples", "kolada");

    /// <summary>The 38 KPIs of the v3 health subset metadata.</summary>
    public static IReadOnlyList<SdgIndicatorMetadata> V3HealthSubset() =>
        SdgTestData.ReadCsv(Path.Combine(KoladaDir, "v3_kpi_metadata_health_subset_from_rKolada.csv"))
            .Select(r => new SdgIndicatorMetadata(r["id"], r["title"], r["description"], r["operating_area"]))
            .ToList();

    /// <summary>All 2039 KPIs of the v2 metadata dump (column concept = id, name = title).</summary>
    public static IReadOnlyList<SdgIndicatorMetadata> V2All() =>
        SdgTestData.ReadCsv(Path.Combine(KoladaDir, "v2_kpi_metadata_flat_2024-08-17.csv"))
            .Select(r => new SdgIndicatorMetadata(r["concept"].ToUpperInvariant(), r["name"], r["description"], r["operating_area"]))
            .ToList();

    /// <summary>samples/rka-agenda2030: RKA's Agenda 2030 KPI set (Kolada group g2kpi130255).</summary>
    public static string Agenda2030Dir => Path.Combine(SdgTestData.Root, "samples", "rka-agenda2030");

    /// <summary>The KPIs of RKA's Agenda 2030 set, read from the set's metadata file (id, title, description, groups).</summary>
    public static IReadOnlyList<Dictionary<string, string>> Agenda2030Set() =>
        SdgTestData.ReadCsv(Path.Combine(Agenda2030Dir, "kpi_metadata_agenda2030.csv"));

    /// <summary>KPI ids taken from the v2_flat_&lt;KPI&gt;_... file names in kolada/ and kolada-values/.</summary>
    public static IReadOnlySet<string> KpisWithValueFiles() =>
        new[] { KoladaDir, KoladaValuesDir, Agenda2030Dir }
            .SelectMany(Directory.EnumerateFiles)
            .Select(f => FlatFileKpi().Match(Path.GetFileName(f)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>KPI ids in the rKolada values extract (v3_values_simplified).</summary>
    public static IReadOnlySet<string> KpisInValuesExtract() =>
        SdgTestData.ReadCsv(Path.Combine(KoladaDir, "v3_values_simplified_from_rKolada.csv")).Select(r => r["kpi"]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every KPI the project holds real data or metadata for: the set the curated mapping must cover.</summary>
    public static IReadOnlySet<string> AllKpisInFolders()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        all.UnionWith(V3HealthSubset().Select(k => k.Id));
        all.UnionWith(KpisWithValueFiles());
        all.UnionWith(KpisInValuesExtract());
        return all;
    }

    /// <summary>Ids that exist anywhere in the shipped metadata or values: the "known indicators" for validation.</summary>
    public static IReadOnlySet<string> KnownIds()
    {
        var known = new HashSet<string>(AllKpisInFolders(), StringComparer.Ordinal);
        known.UnionWith(V2All().Select(k => k.Id));
        return known;
    }

    [GeneratedRegex("^v2_flat_([NU][0-9]{5})_")]
    private static partial Regex FlatFileKpi();
}
