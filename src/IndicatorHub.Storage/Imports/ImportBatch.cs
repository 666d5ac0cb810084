namespace IndicatorHub.Storage.Imports;

/// <summary>A recorded import, as listed by `indicatorhub list batches` and the dashboard.</summary>
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
    long ErrorCount);
