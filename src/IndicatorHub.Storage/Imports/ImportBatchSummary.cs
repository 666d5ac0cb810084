namespace IndicatorHub.Storage.Imports;

/// <summary>The figures of a finished import, as recorded in import_batches.</summary>
/// <param name="BatchId">The batch's id; 0 for a dry run.</param>
/// <param name="RowsRead">Observation rows read from the file: stored, empty (<see cref="RowsEmpty"/>) or rejected.</param>
/// <param name="RowsStored">Rows now in the store from this file (new, changed, or confirmed unchanged).</param>
/// <param name="RowsChanged">Of those, rows that were new or whose value, status or statistics changed.</param>
/// <param name="RowsRejected">Rows not stored because of an error.</param>
/// <param name="ErrorCount">All problems found, including those that concern the whole file.</param>
public sealed record ImportBatchSummary(
    long BatchId,
    ImportOutcome Outcome,
    long RowsRead,
    long RowsStored,
    long RowsChanged,
    long RowsRejected,
    long ErrorCount,
    IReadOnlyList<ImportError> Errors)
{
    /// <summary>
    /// Of <see cref="RowsChanged"/>, the values that existed before with something different (the rest were added).
    /// Counted from the replaced values the rollback trigger kept, before a dry run rolls back; 0 for a rejected file.
    /// </summary>
    public long RowsReplaced { get; init; }

    /// <summary>
    /// Empty cells (no value, status or statistics) that changed nothing: they are not stored as rows. An empty cell
    /// that withdrew a value stored before counts as changed instead. 0 for a rejected file.
    /// </summary>
    public long RowsEmpty { get; init; }

    /// <summary>Values that did not exist before: <see cref="RowsChanged"/> less <see cref="RowsReplaced"/>.</summary>
    public long RowsAdded => RowsChanged - RowsReplaced;

    /// <summary>Values the file had as the store already had them: <see cref="RowsStored"/> less <see cref="RowsChanged"/>.</summary>
    public long RowsUnchanged => RowsStored - RowsChanged;
}
