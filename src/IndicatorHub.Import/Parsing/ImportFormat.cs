namespace IndicatorHub.Import.Parsing;

/// <summary>The file formats IndicatorHub imports. The CLI names are in <see cref="ImportFormatNames"/>.</summary>
public enum ImportFormat
{
    /// <summary>Detect from the file name and first bytes.</summary>
    Auto,

    /// <summary>Kolada API JSON, v2 or v3: data pages, /kpi, /municipality, /municipality_groups, /kpi_groups.</summary>
    KoladaJson,

    /// <summary>Kolada CSV: the flat long form (geo,year[,gender],kpi) or the web export's wide form.</summary>
    KoladaCsv,

    /// <summary>SCB Statistikdatabasen / PxWeb CSV export.</summary>
    ScbCsv,

    /// <summary>PxWeb API v2 JSON-stat 2.0.</summary>
    PxWebJson,

    /// <summary>PC-Axis .px file.</summary>
    Px,

    /// <summary>IndicatorHub's own long CSV (the export format).</summary>
    LongCsv,

    /// <summary>WHO HEAT Plus upload template as CSV.</summary>
    HeatCsv,
}
