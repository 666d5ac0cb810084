using System.Globalization;

namespace IndicatorHub.Web.Tests;

/// <summary>
/// Values read straight from the sample files under samples/kolada (geo,year[,gender],value), so page tests
/// assert numbers from the data and not from the code under test.
/// </summary>
internal static class SampleValues
{
    internal static string SamplesFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "kolada");
                if (Directory.Exists(candidate) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("samples/kolada not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>(Kolada area id, year) → value of the total file of <paramref name="kpi"/>.</summary>
    internal static Dictionary<(string Area, string Year), double> Totals(string kpi)
    {
        var file = Directory.EnumerateFiles(SamplesFolder, $"v2_flat_{kpi}_*_by_geo_year.csv").Single();
        return File.ReadLines(file).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => c.Length == 3 && c[2].Length > 0)
            .ToDictionary(c => (c[0], c[1]), c => double.Parse(c[2], CultureInfo.InvariantCulture));
    }

    /// <summary>(Kolada area id, year, K|M) → value of the by-gender file of <paramref name="kpi"/>.</summary>
    internal static Dictionary<(string Area, string Year, string Gender), double> ByGender(string kpi)
    {
        var file = Directory.EnumerateFiles(SamplesFolder, $"v2_flat_{kpi}_*_by_geo_gender_year.csv").Single();
        return File.ReadLines(file).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => c.Length == 4 && c[3].Length > 0)
            .ToDictionary(c => (c[0], c[1], c[2]), c => double.Parse(c[3], CultureInfo.InvariantCulture));
    }

    /// <summary>The value as the pages show it: one decimal at most, sv-SE or en-GB.</summary>
    internal static string Shown(double value, string culture = "sv-SE") =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,##0.#", CultureInfo.GetCultureInfo(culture));

    /// <summary>True for a Kolada municipality id (four digits, not 00xx).</summary>
    internal static bool IsMunicipality(string koladaId) => koladaId.Length == 4 && !koladaId.StartsWith("00", StringComparison.Ordinal);
}
