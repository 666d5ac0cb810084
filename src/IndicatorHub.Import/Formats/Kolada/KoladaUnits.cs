using System.Text.RegularExpressions;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Kolada states a KPI's unit at the end of its title ("…, andel (%)", "…, antal", "…, antal/100 000 inv",
/// "Medellivslängd män, år") and has no unit field; this reads it, with HEAT's indicator scale where the unit
/// has one (100 for a percentage, 100 000 for a rate per 100 000 inhabitants, 1 for counts, years and money).
/// </summary>
public static partial class KoladaUnits
{
    /// <summary>The unit and scale the title states, or nulls when it states none.</summary>
    public static (string? Unit, double? Scale) FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, null);
        }

        var comma = title.LastIndexOf(',');
        var tail = (comma >= 0 ? title[(comma + 1)..] : title).Trim();
        if (tail.Contains("(%)", StringComparison.Ordinal))
        {
            return ("%", 100);
        }

        var rate = PerInhabitants().Match(tail);
        if (rate.Success)
        {
            var per = double.Parse(rate.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            return (tail, per);
        }

        return tail switch
        {
            "antal" or "år" or "index" or "dagar" or "medelvärde" => (tail, 1),
            _ when tail.StartsWith("kr", StringComparison.Ordinal) || tail.StartsWith("antal", StringComparison.Ordinal) => (tail, 1),
            _ => (null, null),
        };
    }

    [GeneratedRegex(@"^antal/(\d{1,3}(?: \d{3})*|\d+) inv$")]
    private static partial Regex PerInhabitants();
}
