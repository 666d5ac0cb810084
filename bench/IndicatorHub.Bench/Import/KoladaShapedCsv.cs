using System.Globalization;
using System.Text;

namespace IndicatorHub.Bench.Import;

/// <summary>
/// Writes an IndicatorHub long CSV shaped like Kolada data: KPI ids × the 312 real area codes × years ×
/// total/female/male, values with one decimal, a few empty (suppressed) cells. Deterministic for a given size.
/// </summary>
internal static class KoladaShapedCsv
{
    private static readonly string[] Subgroups = ["total", "female", "male"];

    /// <summary>Writes at least <paramref name="rows"/> rows (whole indicator blocks) and returns the count.</summary>
    internal static long Write(string path, long rows, IReadOnlyList<string> areaCodes)
    {
        const int years = 20;
        var perIndicator = (long)areaCodes.Count * years * Subgroups.Length;
        var indicators = (int)Math.Max(1, (rows + perIndicator - 1) / perIndicator);
        var random = new Random(20300101);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write("indicator,area,period,dimension,subgroup,value\n");
        long written = 0;
        var line = new StringBuilder(64);
        for (var i = 0; i < indicators; i++)
        {
            var kpi = string.Create(CultureInfo.InvariantCulture, $"{(i % 2 == 0 ? 'N' : 'U')}{10000 + i:D5}");
            foreach (var area in areaCodes)
            {
                for (var year = 2003; year < 2003 + years; year++)
                {
                    foreach (var subgroup in Subgroups)
                    {
                        line.Clear();
                        line.Append(kpi).Append(',').Append(area).Append(',').Append(year.ToString(CultureInfo.InvariantCulture)).Append(',')
                            .Append(subgroup == "total" ? "total" : "sex").Append(',').Append(subgroup).Append(',');
                        if (random.Next(50) != 0)
                        {
                            line.Append((random.Next(0, 10000) / 10.0).ToString("0.0", CultureInfo.InvariantCulture));
                        }

                        line.Append('\n');
                        writer.Write(line);
                        written++;
                    }
                }
            }
        }

        return written;
    }
}
