using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace IndicatorHub.Charts;

/// <summary>Years on the horizontal axis labelled with their period text, thinned so labels never overlap.</summary>
internal static class TimeAxis
{
    public static void Apply(Plot plot, IReadOnlyList<(int Year, string Period)> periods, float plotWidth)
    {
        var ticks = new NumericManual();
        if (periods.Count == 0)
        {
            plot.Axes.Bottom.TickGenerator = ticks;
            return;
        }

        using var font = ChartText.Font(ChartStyle.TickFontSize);
        var widest = periods.Max(period => font.MeasureText(period.Period)) + 14;
        var span = Math.Max(1, periods[^1].Year - periods[0].Year + 1);
        var usable = Math.Max(100, plotWidth - 90);
        var yearsPerLabel = (int)Math.Ceiling(widest * span / usable);

        // Count back from the latest period so the newest value is always labelled.
        var latest = periods[^1].Year;
        foreach (var (year, period) in periods)
        {
            if ((latest - year) % Math.Max(1, yearsPerLabel) == 0)
            {
                ticks.AddMajor(year, period);
            }
            else
            {
                ticks.AddMinor(year);
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        // Half a year of room at each end, more when the end labels are wider than that, so "2016–2019" under the
        // last point is not cut by the image edge (ScottPlot does not reserve room for labels overhanging the data).
        var pixelsPerYear = usable / (span + 1);
        var endRoom = Math.Max(0.5, (font.MeasureText(periods[^1].Period) / 2 + 6) / pixelsPerYear);
        var startRoom = Math.Max(0.5, (font.MeasureText(periods[0].Period) / 2 + 6) / pixelsPerYear);
        plot.Axes.SetLimitsX(periods[0].Year - startRoom, latest + endRoom);
    }

    /// <summary>
    /// The runs of consecutive items (in the given order) for which <paramref name="present"/> holds, so a missing value
    /// breaks a line instead of reading as zero.
    /// </summary>
    public static IEnumerable<List<T>> Runs<T>(IEnumerable<T> items, Func<T, bool> present)
    {
        var run = new List<T>();
        foreach (var item in items)
        {
            if (present(item))
            {
                run.Add(item);
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
