namespace IndicatorHub.Storage.Imports;

/// <summary>How an import ended.</summary>
public enum ImportOutcome
{
    /// <summary>Every row was stored.</summary>
    Stored,

    /// <summary>--allow-partial: the good rows were stored, the rejected ones recorded.</summary>
    Partial,

    /// <summary>Nothing was stored: the data is as it was before the import.</summary>
    Rejected,

    /// <summary>--dry-run: validated, nothing stored and no batch recorded.</summary>
    DryRun,

    /// <summary>
    /// The file is byte for byte one that an earlier batch stored, read the same way, and nothing has written
    /// its indicators since: importing it again could change nothing, so it was not read and no batch was recorded.
    /// </summary>
    Unchanged,
}
