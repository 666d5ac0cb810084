using System.Globalization;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Import.Export.Json;

/// <summary>
/// The English for why progress could not be assessed (the wording `sdg progress` has always printed), shared by
/// the two English-only front ends, the CLI and the JSON API, so both write the same <c>reason</c>.
/// </summary>
public static class SdgProgressReasonText
{
    /// <summary>The reason in English, or null when the series was assessed.</summary>
    public static string? English(SdgProgressResult result) => result.Reason switch
    {
        SdgProgressReason.None => null,
        SdgProgressReason.NoDirection => "the indicator has no desired direction (higher_is_better is not set)",
        SdgProgressReason.NoData => "no data",
        SdgProgressReason.NoDataFromBaseYear => string.Create(CultureInfo.InvariantCulture, $"no data in or after base year {result.ReasonYear}"),
        SdgProgressReason.TooFewYears => "at least two years of data from the base year on are needed",
        SdgProgressReason.OppositeSigns => "base and current values have opposite signs",
        _ => "the growth rates are undefined for these values (e.g. target and base of opposite sign)",
    };
}
