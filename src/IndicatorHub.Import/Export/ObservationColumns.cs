namespace IndicatorHub.Import.Export;

/// <summary>
/// The columns of IndicatorHub's long CSV, written by the export and read by the long-CSV importer, so that
/// export → import round-trips. `batch` is written for provenance and ignored on import.
/// </summary>
public static class ObservationColumns
{
    /// <summary>Columns in export order.</summary>
    public static readonly IReadOnlyList<string> All =
        ["indicator", "area", "period", "dimension", "subgroup", "value", "status", "se", "ci_lb", "ci_ub", "population", "batch"];
}
