using System.Text;

namespace IndicatorHub.Import.Parsing;

/// <summary>What the user told the importer about a file; anything left null is detected.</summary>
public sealed record ParseOptions
{
    /// <summary>The indicator id for files that carry none (an SCB CSV, a PX file).</summary>
    public string? IndicatorId { get; init; }

    /// <summary>Text encoding; null to detect (BOM, valid UTF-8, else Windows-1252).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Field delimiter; null to detect among comma, semicolon and tab.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// For IndicatorHub's long CSV: the file's header for each canonical column, e.g.
    /// { "indicator": "kpi", "area": "kommun" }. Canonical names not listed are looked up as themselves.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ColumnMapping { get; init; }
}
