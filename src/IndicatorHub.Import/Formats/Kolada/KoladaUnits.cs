using System.Globalization;
using System.Text.RegularExpressions;

namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>
/// Kolada states a KPI's unit at the end of its title ("…, andel (%)", "…, antal", "…, antal/100 000 inv",
/// "Medellivslängd män, år", "…, ton CO2-ekv/inv") and has no unit field; this reads it, with HEAT's indicator
/// scale where the unit has one (100 for a percentage, 1000 or 100 000 for a rate per 1000 or 100 000 inhabitants
/// or employed, 1 for counts, years, money and other amounts per inhabitant, customer or eater).
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

        // A discontinued KPI carries its last year after the unit ("antal/100 000 inv (-2018)"); it is no unit.
        tail = DiscontinuedMark().Replace(tail, string.Empty);
        if (tail.Contains("(%)", StringComparison.Ordinal))
        {
            return ("%", 100);
        }

        var rate = PerPopulation().Match(tail);
        if (rate.Success)
        {
            var per = double.Parse(rate.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            return (tail, per);
        }

        return tail.ToLowerInvariant() switch
        {
            "antal" or "totalt antal" or "år" or "index" or "dagar" or "medelvärde" or "kg" or "mwh" or "ton co2-ekv" => (tail, 1),
            _ when tail.StartsWith("kr", StringComparison.Ordinal) || tail.StartsWith("antal", StringComparison.Ordinal) => (tail, 1),

            // "meter/inv", "MWh/inv", "minuter/kund", "1000 kr/invånare": an amount per person or customer. Only
            // after a comma, where Kolada puts the unit, so a title that merely contains a slash is not read as one.
            _ when comma >= 0 && AmountPer().IsMatch(tail) => (tail, 1),
            _ => (null, null),
        };
    }

    [GeneratedRegex(@"\s*\(-\d{4}\)$")]
    private static partial Regex DiscontinuedMark();

    [GeneratedRegex(@"/ ?(\d{1,3}(?: \d{3})+|\d+) (?:inv|invånare|sysselsatta)\b")]
    private static partial Regex PerPopulation();

    [GeneratedRegex(@"^[\p{L}\d][\p{L}\d .-]{0,20}/ ?\p{L}[\p{L} ]{0,30}(?: \([\p{L} ]+\))?$")]
    private static partial Regex AmountPer();
}
