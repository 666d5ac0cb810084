using System.Globalization;

namespace IndicatorHub.Charts;

/// <summary>
/// One table cell, typed so the page shows numbers in its culture and the CSV writes them invariant.
/// Both parts null means an empty cell (a missing value, never zero).
/// </summary>
public readonly record struct ChartCell(string? Text, double? Number)
{
    /// <summary>The empty cell.</summary>
    public static ChartCell Empty => default;

    /// <summary>True when the cell holds neither text nor a number.</summary>
    public bool IsEmpty => Text is null && Number is null;

    /// <summary>A text cell; null gives an empty cell.</summary>
    public static ChartCell Of(string? text) => new(text, null);

    /// <summary>A number cell; null gives an empty cell.</summary>
    public static ChartCell Of(double? number) => new(null, number);

    /// <summary>For display: a number formatted in <paramref name="culture"/> (with the given decimals, or as many as it has), text as is, empty as "".</summary>
    public string Format(CultureInfo culture, int? decimals = null)
    {
        if (Number is { } number)
        {
            return decimals is { } fixedDecimals
                ? ChartNumberFormat.FormatFixed(number, culture, fixedDecimals)
                : ChartNumberFormat.Format(number, culture);
        }

        return Text ?? string.Empty;
    }

    /// <summary>For CSV: a number in the invariant culture with the shortest round-trip form, text as is, empty as "".</summary>
    public string ToInvariantString() =>
        Number is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : Text ?? string.Empty;
}

/// <summary>One table that is both the HTML table beside the chart and its CSV download.</summary>
/// <param name="Columns">Column headings, in order.</param>
/// <param name="Rows">Rows, each with one cell per column.</param>
public sealed record ChartTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ChartCell>> Rows);

/// <summary>
/// The fixed words in table headings and cells that do not come from the data. <see cref="Default"/> holds plain
/// lowercase English keys; a page passes its own wording to the ToTable overloads.
/// </summary>
public sealed record ChartTableWords
{
    /// <summary>The words used by the parameterless ToTable methods.</summary>
    public static ChartTableWords Default { get; } = new();

    /// <summary>Heading of the period column.</summary>
    public string Period { get; init; } = "period";

    /// <summary>Appended to a series label for its lower confidence limit: "&lt;label&gt; lower".</summary>
    public string Lower { get; init; } = "lower";

    /// <summary>Appended to a series label for its upper confidence limit: "&lt;label&gt; upper".</summary>
    public string Upper { get; init; } = "upper";

    /// <summary>Heading of the ranking's rank column.</summary>
    public string Rank { get; init; } = "rank";

    /// <summary>Heading of the area code column.</summary>
    public string AreaCode { get; init; } = "area code";

    /// <summary>Heading of the area name column.</summary>
    public string Area { get; init; } = "area";

    /// <summary>Heading of a value column.</summary>
    public string Value { get; init; } = "value";

    /// <summary>Heading of the ranking's mark column.</summary>
    public string Mark { get; init; } = "mark";

    /// <summary>Mark cell of the chosen area.</summary>
    public string Selected { get; init; } = "selected";

    /// <summary>Mark cell of an area in the chosen area's county.</summary>
    public string SameCounty { get; init; } = "same county";

    /// <summary>Heading of the spine's label column.</summary>
    public string Indicator { get; init; } = "indicator";

    /// <summary>Heading of the spine's minimum column.</summary>
    public string Min { get; init; } = "min";

    /// <summary>Heading of the spine's 25th percentile column.</summary>
    public string P25 { get; init; } = "p25";

    /// <summary>Heading of the spine's 75th percentile column.</summary>
    public string P75 { get; init; } = "p75";

    /// <summary>Heading of the spine's maximum column.</summary>
    public string Max { get; init; } = "max";

    /// <summary>Heading of the spine's benchmark column.</summary>
    public string Benchmark { get; init; } = "benchmark";

    /// <summary>Heading of a histogram bin's lower edge.</summary>
    public string From { get; init; } = "from";

    /// <summary>Heading of a histogram bin's upper edge.</summary>
    public string To { get; init; } = "to";
}
