using IndicatorHub.Import.Formats.Heat;
using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Formats.Px;
using IndicatorHub.Import.Formats.PxWeb;
using IndicatorHub.Import.Formats.Scb;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Pipeline;

/// <summary>
/// Every format IndicatorHub reads, in detection order: the most distinctive first (JSON shapes, PX keywords,
/// the HEAT template's column set), then IndicatorHub's own long CSV, Kolada's CSV layouts, and last the SCB
/// CSV, whose sniff (a region-like or year-like column) is the loosest.
/// </summary>
public static class ImportParsers
{
    /// <summary>A new instance of every parser.</summary>
    public static IReadOnlyList<IFormatParser> All() =>
    [
        new PxWebJsonStatParser(),
        new KoladaJsonParser(),
        new PxFileParser(),
        new HeatCsvParser(),
        new LongCsvParser(),
        new KoladaCsvParser(),
        new ScbCsvParser(),
    ];

    /// <summary>A detector over every parser.</summary>
    public static FormatDetector CreateDetector() => new(All());
}
