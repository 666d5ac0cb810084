namespace IndicatorHub.Storage.Sdg;

/// <summary>What <see cref="IndicatorStore.ImportSdgMappings"/> did: everything, or nothing and why.</summary>
/// <param name="Applied">True when the file replaced the stored mappings (never on a dry run or with errors).</param>
/// <param name="Errors">Every error, by line; when there is any, nothing was changed.</param>
/// <param name="Warnings">Problems that did not stop the import (indicators the store does not hold yet).</param>
/// <param name="Rows">Mapping rows in the file.</param>
/// <param name="Added">Links (indicator, goal, target) in the file and not in the store before.</param>
/// <param name="Removed">Links in the store before and not in the file.</param>
/// <param name="Changed">Links in both whose primary flag, source, time, note or progress settings differ.</param>
/// <param name="Unchanged">Links in both and identical.</param>
public sealed record SdgMappingImportResult(
    bool Applied,
    IReadOnlyList<SdgMappingImportIssue> Errors,
    IReadOnlyList<SdgMappingImportIssue> Warnings,
    int Rows,
    int Added,
    int Removed,
    int Changed,
    int Unchanged)
{
    /// <summary>True when the file had no errors (whether or not it was applied).</summary>
    public bool IsValid => Errors.Count == 0;
}
