namespace IndicatorHub.Import.Parsing;

/// <summary>The names of <see cref="ImportFormat"/> on the command line and in batch records.</summary>
public static class ImportFormatNames
{
    private static readonly (ImportFormat Format, string Name)[] All =
    [
        (ImportFormat.Auto, "auto"),
        (ImportFormat.KoladaJson, "kolada-json"),
        (ImportFormat.KoladaCsv, "kolada-csv"),
        (ImportFormat.ScbCsv, "scb-csv"),
        (ImportFormat.PxWebJson, "pxweb-json"),
        (ImportFormat.Px, "px"),
        (ImportFormat.LongCsv, "long-csv"),
        (ImportFormat.HeatCsv, "heat-csv"),
    ];

    /// <summary>Every accepted name, for help texts.</summary>
    public static IEnumerable<string> Names => All.Select(a => a.Name);

    /// <summary>The CLI name of a format.</summary>
    public static string ToName(this ImportFormat format) => All.First(a => a.Format == format).Name;

    /// <summary>Parses a CLI name, ignoring case.</summary>
    public static bool TryParse(string? name, out ImportFormat format)
    {
        foreach (var (f, n) in All)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = ImportFormat.Auto;
        return false;
    }
}
