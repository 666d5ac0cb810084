using System.Globalization;

namespace IndicatorHub.Web.Tests;

/// <summary>
/// The sample files the app seeds from (samples/kolada, copied beside the tests), read by the tests themselves so
/// expected numbers come from the data and not from the code under test.
/// </summary>
internal static class SampleFiles
{
    public static string Folder
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "samples", "kolada");
            if (Directory.Exists(beside))
            {
                return beside;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "kolada");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("samples/kolada not found");
        }
    }

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>The latest (year, value) of a Kolada "geo,year,kpi" flat file for one area.</summary>
    public static (string Year, double Value) Latest(string fileName, string geo)
    {
        var rows = File.ReadLines(PathOf(fileName))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == geo && f[2].Length > 0)
            .Select(f => (Year: f[1], Value: double.Parse(f[2], CultureInfo.InvariantCulture)))
            .ToList();
        return rows.MaxBy(r => r.Year);
    }
}
