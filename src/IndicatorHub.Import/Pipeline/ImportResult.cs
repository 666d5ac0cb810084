using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Pipeline;

/// <summary>What happened to one file.</summary>
/// <param name="FileName">The file as the user named it.</param>
/// <param name="Format">The format used (detected or given).</param>
/// <param name="Summary">The batch's figures and its errors.</param>
/// <param name="SdgMappingsAdded">SDG mappings the file added (Kolada Agenda 2030 KPI groups); 0 unless stored.</param>
public sealed record ImportResult(string FileName, ImportFormat Format, ImportBatchSummary Summary, int SdgMappingsAdded = 0)
{
    /// <summary>
    /// True when the file's rows are in the store (all of them, or the good ones with --allow-partial, or
    /// unchanged since an earlier batch stored them).
    /// </summary>
    public bool Stored => Summary.Outcome is ImportOutcome.Stored or ImportOutcome.Partial or ImportOutcome.Unchanged;
}
