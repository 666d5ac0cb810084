using IndicatorHub.Core.Csv;

namespace IndicatorHub.Core.Tests.Sdg;

/// <summary>Locates the repository's data/sdg folder and the real source files the tests compare against.</summary>
internal static class SdgTestData
{
    /// <summary>data/sdg in the repository (walks up from the test binaries to the folder holding data/sdg).</summary>
    public static string DataSdg => Path.Combine(FindUp("data/sdg"), "data", "sdg");

    /// <summary>The repository root (the folder holding IndicatorHub.sln).</summary>
    public static string Root => FindUp("IndicatorHub.sln");

    /// <summary>Copies of the real source files (tests/IndicatorHub.Core.Tests/TestData; each folder's README names the source).</summary>
    public static string TestData => Path.Combine(Root, "tests", "IndicatorHub.Core.Tests", "TestData");

    /// <summary>The municipality list shipped as reference data.</summary>
    public static string MunicipalityCsv => Path.Combine(Root, "data", "reference", "municipality_county.csv");

    /// <summary>Reads a UTF-8 CSV file into header-keyed rows with the Core reader under test elsewhere.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        var records = CsvRecordReader.Read(reader).ToList();
        var header = records[0].Fields;
        return records.Skip(1)
            .Select(r => header.Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i] : "")).ToDictionary(x => x.h, x => x.v))
            .ToList();
    }

    /// <summary>Parses the flat open-sdg YAML (one key per line, indented continuation lines folded with a space).</summary>
    public static Dictionary<string, string> ReadFlatYaml(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                entries[key!] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            key = line[..colon].Trim();
            entries[key] = line[(colon + 1)..].Trim();
        }

        return entries;
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, relative)) || File.Exists(Path.Combine(dir.FullName, relative)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ancestor of {AppContext.BaseDirectory} contains {relative}.");
    }
}
