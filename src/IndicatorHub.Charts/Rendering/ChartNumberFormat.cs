using System.Globalization;

namespace IndicatorHub.Charts;

/// <summary>Numbers as drawn on axes and shown in tables: the culture's separators and minus, no "−0".</summary>
public static class ChartNumberFormat
{
    /// <summary>With up to <paramref name="maxDecimals"/> decimals, trailing zeros dropped, groups separated.</summary>
    public static string Format(double value, CultureInfo culture, int maxDecimals = 3)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // turns −0 into 0 so a tick at zero never reads "−0"
        }

        var pattern = maxDecimals > 0 ? "#,##0." + new string('#', maxDecimals) : "#,##0";
        return rounded.ToString(pattern, culture);
    }

    /// <summary>With exactly <paramref name="decimals"/> decimals.</summary>
    public static string FormatFixed(double value, CultureInfo culture, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
    }
}
