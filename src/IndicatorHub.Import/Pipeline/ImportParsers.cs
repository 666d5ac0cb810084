using IndicatorHub.Import.Formats.Heat;
using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Pipeline;

/// <summary>Every format IndicatorHub reads, in detection order: the most distinctive formats first.</summary>
public static class ImportParsers
{
    /// <summary>A new instance of every parser.</summary>
    public static IReadOnlyList<IFormatParser> All() =>
    [
        new KoladaJsonParser(),
        new HeatCsvParser(),
        new LongCsvParser(),
        new KoladaCsvParser(),
    ];

    /// <summary>A detector over every parser.</summary>
    public static FormatDetector CreateDetector() => new(All());
}
