namespace IndicatorHub.Storage.Imports;

/// <summary>A recorded import, as listed by `indicatorhub list batches` and the dashboard.</summary>
/// <param name="RowsEmpty">Empty cells not stored (<see cref="ImportBatchSummary.RowsEmpty"/>); 0 for batches from before they were counted.</param>
public sealed record ImportBatch(
    long Id,
    string FileName,
    string Format,
    string Sha256,
    string StartedAt,
    string? FinishedAt,
    string Status,
    long RowsRead,
    long RowsStored,
    long RowsChanged,
    long RowsRejected,
    long ErrorCount,
    long RowsEmpty);
