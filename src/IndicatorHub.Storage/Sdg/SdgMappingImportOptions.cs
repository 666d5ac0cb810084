namespace IndicatorHub.Storage.Sdg;

/// <summary>How <see cref="IndicatorStore.ImportSdgMappings"/> treats a mapping file.</summary>
public sealed record SdgMappingImportOptions
{
    /// <summary>
    /// False (the default): an indicator the store does not hold yet is reported as a warning with its line and the
    /// row is kept, because mappings are keyed by indicator code and apply as soon as any importer brings the
    /// indicator (an export of a new database lists the curated mapping of KPIs not imported yet, and must import
    /// back). True: such rows are errors and nothing is applied, for a group that wants typos caught.
    /// </summary>
    public bool UnknownIndicatorsAreErrors { get; init; }

    /// <summary>Validate and count the changes, but store nothing.</summary>
    public bool DryRun { get; init; }
}
