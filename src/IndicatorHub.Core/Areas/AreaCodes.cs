namespace IndicatorHub.Core.Areas;

/// <summary>Conversions between SCB's and Kolada's area code systems.</summary>
public static class AreaCodes
{
    /// <summary>SCB's code for the whole country.</summary>
    public const string Sweden = "00";

    /// <summary>Kolada's id for the whole country.</summary>
    public const string KoladaSweden = "0000";

    /// <summary>
    /// Municipality codes that have been replaced; data under the old code belongs to the new one.
    /// Heby moved from Västmanland (1917) to Uppsala county (0331) in 2007.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Renumbered = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1917"] = "0331",
    };

    /// <summary>Kolada's id for an SCB code: 00 → 0000, 01 → 0001, 0180 → 0180.</summary>
    public static string ToKolada(string scbCode) => scbCode.Length == 2 ? "00" + scbCode : scbCode;

    /// <summary>
    /// SCB's code for a Kolada id: 0000 → 00, 0001..0025 → 01..25, other four-digit ids unchanged.
    /// Kolada never uses 00xx for municipalities, so the mapping is unambiguous.
    /// </summary>
    public static string FromKolada(string koladaId) =>
        koladaId.Length == 4 && koladaId.StartsWith("00", StringComparison.Ordinal) ? koladaId[2..] : koladaId;
}
