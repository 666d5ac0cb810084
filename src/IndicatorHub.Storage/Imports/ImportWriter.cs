using System.Globalization;
using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Observations;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Imports;

/// <summary>
/// Writes one file's import inside one transaction, so the store holds either all of it or none of it (or, with
/// --allow-partial, exactly its good rows). Observation writes reuse one prepared statement and resolve ids in
/// memory; nothing is queried per row.
/// </summary>
public sealed partial class ImportWriter : IDisposable
{
    /// <summary>At most this many queued observations are unwritten at a time (<see cref="QueueObservation"/>).</summary>
    public const int MaxQueuedObservations = ObservationUpsert.WindowRows;

    /// <summary>At most this many errors are kept per batch; the count goes on.</summary>
    public const int MaxStoredErrors = 10_000;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly TimeProvider _clock;
    private readonly ImportBatchStart _start;
    private readonly DateTimeOffset _startedAt;
    private readonly StoreImportSession _session;
    private readonly Dictionary<string, long> _indicatorIds;
    private readonly HashSet<string> _knownDimensions;
    private readonly ObservationUpsert _upsert;
    private readonly List<ImportError> _errors = [];
    private readonly HashSet<long> _fileIndicators = [];
    private readonly HashSet<(long Indicator, string Dimension)> _fileDimensions = [];
    private string? _lastDimension;
    private readonly HashSet<long> _metadataIndicators = [];
    private readonly HashSet<long> _preexisting = [];
    private long _lastIndicator = -1;
    private bool _lastIndicatorStoredBefore;
    private long _errorCount;
    private bool _replayable = true;
    private bool _finished;

    internal ImportWriter(StoreImportSession session, SqliteConnection connection, TimeProvider clock, ImportBatchStart start, StoreImportSession.Caches caches, ObservationUpsert upsert)
    {
        _session = session;
        _connection = connection;
        _clock = clock;
        _start = start;
        _startedAt = clock.GetUtcNow();
        Sha256 = start.Sha256;
        Areas = caches.Areas;
        _indicatorIds = caches.IndicatorIds;
        _knownDimensions = caches.Dimensions;
        _transaction = connection.BeginTransaction();
        BatchId = connection.ExecuteScalar<long>(
            """
            INSERT INTO import_batches (file_name, format, sha256, started_at, status, byte_count, parse_key)
            VALUES (@FileName, @Format, @Sha256, @StartedAt, 'stored', @ByteCount, @ParseKey) RETURNING id
            """,
            new { start.FileName, start.Format, start.Sha256, StartedAt = Timestamp(_startedAt), start.ByteCount, start.ParseKey },
            _transaction);
        _upsert = upsert;
        _upsert.Begin(BatchId);
    }

    /// <summary>The session to dispose with this writer, when <see cref="IndicatorStore.BeginImport"/> opened one for it alone.</summary>
    internal StoreImportSession? OwnedSession { get; set; }

    /// <summary>
    /// The file's SHA-256 as recorded with the batch; the pipeline may set it while the import runs, because
    /// hashing a large file on the other core overlaps with the import instead of adding to it.
    /// </summary>
    public string Sha256 { get; set; }

    /// <summary>The batch this import records; observations it writes carry this id.</summary>
    public long BatchId { get; }

    /// <summary>Area aliases, including areas this import created.</summary>
    public AreaDirectory Areas { get; }

    /// <summary>Problems recorded so far (at most <see cref="MaxStoredErrors"/>).</summary>
    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>How many problems were recorded, including those beyond the kept list.</summary>
    public long ErrorCount => _errorCount;

    /// <summary>Records a problem; the pipeline decides whether the row is rejected.</summary>
    public void AddError(ImportError error)
    {
        _errorCount++;
        if (_errors.Count < MaxStoredErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>
    /// The database id of indicator <paramref name="code"/>, creating it with the code as title and marked as
    /// needing metadata when the store does not know it yet.
    /// </summary>
    public long ResolveIndicator(string code)
    {
        if (_indicatorIds.TryGetValue(code, out var id))
        {
            return id;
        }

        id = _connection.ExecuteScalar<long>(
            "INSERT INTO indicators (code, title, needs_metadata, batch_id) VALUES (@Code, @Code, 1, @BatchId) RETURNING id",
            new { Code = code, BatchId },
            _transaction);
        _indicatorIds[code] = id;
        return id;
    }

    /// <summary>
    /// Stores what a file says about an indicator. Fields the file leaves null keep their stored value, so a
    /// data file never erases metadata that a metadata file brought.
    /// </summary>
    public void MergeIndicator(Indicator indicator)
    {
        var id = ResolveIndicator(indicator.Id);
        _metadataIndicators.Add(id);
        var titled = !string.Equals(indicator.Title, indicator.Id, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(indicator.Title);
        _connection.Execute(
            """
            UPDATE indicators SET
                title = CASE WHEN @Titled THEN @Title ELSE title END,
                title_en = COALESCE(@TitleEn, title_en),
                description = COALESCE(@Description, description),
                unit = COALESCE(@Unit, unit),
                source = COALESCE(@Source, source),
                higher_is_better = COALESCE(@HigherIsBetter, higher_is_better),
                scale = COALESCE(@Scale, scale),
                divided_by_gender = CASE WHEN @DividedByGender THEN 1 ELSE divided_by_gender END,
                operating_area = COALESCE(@OperatingArea, operating_area),
                needs_metadata = CASE WHEN @Titled THEN 0 ELSE needs_metadata END,
                batch_id = @BatchId
            WHERE id = @Id
            """,
            new
            {
                Id = id,
                Titled = titled,
                indicator.Title,
                indicator.TitleEn,
                indicator.Description,
                indicator.Unit,
                indicator.Source,
                indicator.HigherIsBetter,
                indicator.Scale,
                indicator.DividedByGender,
                indicator.OperatingArea,
                BatchId,
            },
            _transaction);
    }

    /// <summary>Stores a dimension's ordering and its subgroups' order and reference flags.</summary>
    public void MergeDimension(DimensionDefinition dimension)
    {
        _replayable = false;
        StoreDimension(dimension);
    }

    private void StoreDimension(DimensionDefinition dimension)
    {
        _connection.Execute(
            "INSERT INTO dimensions (id, ordered) VALUES (@Id, @Ordered) ON CONFLICT (id) DO UPDATE SET ordered = excluded.ordered",
            new { dimension.Id, dimension.Ordered },
            _transaction);
        foreach (var subgroup in dimension.Subgroups)
        {
            _connection.Execute(
                """
                INSERT INTO subgroups (dimension_id, id, sort_order, is_reference) VALUES (@Dimension, @Id, @Order, @IsReference)
                ON CONFLICT (dimension_id, id) DO UPDATE SET sort_order = excluded.sort_order, is_reference = excluded.is_reference
                """,
                new { Dimension = dimension.Id, subgroup.Id, subgroup.Order, subgroup.IsReference },
                _transaction);
        }

        _knownDimensions.Add(dimension.Id);
    }

    /// <summary>
    /// Stores area reference data. A Swedish area must already exist (its municipality group is updated); an
    /// area of kind <see cref="AreaKind.Other"/> (a setting outside Sweden) is created on first sight.
    /// </summary>
    /// <returns>False when a Swedish area is unknown.</returns>
    public bool MergeArea(Area area)
    {
        _replayable = false;
        if (Areas.TryResolve(area.Code, out var id, out _))
        {
            if (area.MunicipalityGroupId is not null)
            {
                _connection.Execute(
                    "UPDATE areas SET municipality_group_id = @GroupId, municipality_group_title = COALESCE(@GroupTitle, municipality_group_title) WHERE id = @Id",
                    new { GroupId = area.MunicipalityGroupId, GroupTitle = area.MunicipalityGroupTitle, Id = id },
                    _transaction);
            }

            return true;
        }

        if (area.Kind != AreaKind.Other)
        {
            return false;
        }

        id = _connection.ExecuteScalar<long>(
            "INSERT INTO areas (code, kolada_id, name, kind) VALUES (@Code, @Code, @Name, 'other') RETURNING id",
            new { area.Code, area.Name },
            _transaction);
        foreach (var alias in new[] { area.Code, area.Name }.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            _connection.Execute(
                "INSERT INTO area_aliases (alias, area_id) VALUES (@Alias, @Id) ON CONFLICT (alias) DO NOTHING",
                new { Alias = AreaKinds.AliasKey(alias), Id = id },
                _transaction);
            Areas.Add(alias, id, area.Code);
        }

        return true;
    }

    /// <summary>
    /// Called with a queued observation's tag when its key occurred earlier in this file, so it was not written
    /// (<see cref="QueueObservation"/>).
    /// </summary>
    public Action<long>? DuplicateFound { get; set; }

    /// <summary>
    /// Inserts or updates one observation now, after any queued ones. Returns false, writing nothing, when the same
    /// key already occurred earlier in this file. An empty cell (<see cref="ObservationValues.IsEmpty"/>) stores no
    /// row; it withdraws a value an earlier batch stored under its key.
    /// </summary>
    public bool WriteObservation(long indicatorId, long areaId, string period, string dimension, string subgroup, in ObservationValues values)
    {
        NoteKeys(indicatorId, dimension);
        return _upsert.Execute(indicatorId, areaId, period, dimension, subgroup, values, _lastIndicatorStoredBefore, DuplicateFound);
    }

    /// <summary>
    /// Queues one observation to be inserted or updated with the next few (the way a large import writes, many rows
    /// per statement). When its key occurred earlier in this file it is not written, and <see cref="DuplicateFound"/>
    /// is called with <paramref name="tag"/>, at the latest by <see cref="FlushObservations"/> or <see cref="Finish"/>.
    /// </summary>
    public void QueueObservation(long indicatorId, long areaId, string period, string dimension, string subgroup, in ObservationValues values, long tag)
    {
        NoteKeys(indicatorId, dimension);
        _upsert.Queue(indicatorId, areaId, period, dimension, subgroup, values, _lastIndicatorStoredBefore, tag, DuplicateFound);
    }

    /// <summary>Writes the queued observations, reporting their duplicates to <see cref="DuplicateFound"/>.</summary>
    public void FlushObservations() => _upsert.Flush(DuplicateFound);

    private void NoteKeys(long indicatorId, string dimension)
    {
        if (indicatorId != _lastIndicator)
        {
            NoteIndicator(indicatorId);
            _lastDimension = null;
        }

        // Rows of one indicator and dimension come in runs, with the same dimension string: checked once a run.
        if (!ReferenceEquals(dimension, _lastDimension))
        {
            if (!_knownDimensions.Contains(dimension))
            {
                StoreDimension(new DimensionDefinition(dimension, Ordered: false));
            }

            _fileDimensions.Add((indicatorId, dimension));
            _lastDimension = dimension;
        }
    }

    /// <summary>
    /// Ends the import. With no errors, or with errors and <paramref name="keepGoodRows"/>, commits; otherwise
    /// rolls everything back and records a rejected batch with its errors. A dry run rolls back and records nothing.
    /// </summary>
    public ImportBatchSummary Finish(long rowsRead, long rowsRejected, bool keepGoodRows, bool dryRun)
    {
        FlushObservations();
        _finished = true;
        var storedRows = _upsert.Written;
        var failed = _errorCount > 0 && !keepGoodRows;
        if (dryRun || failed)
        {
            var changed = dryRun ? CountChanged() : 0;
            var replaced = dryRun ? CountReplaced() : 0;
            _transaction.Rollback();
            _session.Closed(this, committed: false, null, null);
            if (dryRun)
            {
                return new ImportBatchSummary(0, ImportOutcome.DryRun, rowsRead, storedRows, changed, rowsRejected, _errorCount, _errors)
                {
                    RowsReplaced = replaced,
                    RowsEmpty = _upsert.Empty,
                };
            }

            // The rolled-back transaction took the batch row with it; record the rejection on its own.
            using var record = _connection.BeginTransaction();
            var rejectedId = InsertFinishedBatch(record, "rejected", rowsRead, 0, 0, rowsRejected);
            InsertErrors(record, rejectedId);
            record.Commit();
            return new ImportBatchSummary(rejectedId, ImportOutcome.Rejected, rowsRead, 0, 0, rowsRejected, _errorCount, _errors);
        }

        var rowsChanged = CountChanged();
        var rowsReplaced = CountReplaced();
        var status = _errorCount > 0 ? "partial" : "stored";
        var replayable = _replayable && _errorCount == 0 && _start.ParseKey is not null && _start.ByteCount is not null;
        _connection.Execute(
            """
            UPDATE import_batches SET sha256 = @Sha256, finished_at = @FinishedAt, status = @Status, rows_read = @RowsRead, rows_stored = @RowsStored,
                rows_changed = @RowsChanged, rows_rejected = @RowsRejected, rows_empty = @RowsEmpty, error_count = @ErrorCount, replayable = @Replayable
            WHERE id = @BatchId
            """,
            new
            {
                Replayable = replayable,
                FinishedAt = Timestamp(_clock.GetUtcNow()),
                Status = status,
                RowsRead = rowsRead,
                RowsStored = storedRows,
                RowsChanged = rowsChanged,
                RowsRejected = rowsRejected,
                RowsEmpty = _upsert.Empty,
                ErrorCount = _errorCount,
                BatchId,
                Sha256,
            },
            _transaction);
        InsertErrors(_transaction, BatchId);
        RecordIndicators();
        _transaction.Commit();
        _session.Closed(this, committed: true, replayable ? _start.ParseKey : null, _start.ByteCount);
        return new ImportBatchSummary(
            BatchId, _errorCount > 0 ? ImportOutcome.Partial : ImportOutcome.Stored, rowsRead, storedRows, rowsChanged, rowsRejected, _errorCount, _errors)
        {
            RowsReplaced = rowsReplaced,
            RowsEmpty = _upsert.Empty,
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _transaction.Rollback();
            _session.Closed(this, committed: false, null, null);
        }

        _transaction.Dispose();
        OwnedSession?.Dispose();
    }

    /// <summary>
    /// Which indicators this batch wrote values and metadata of, so that re-importing an earlier identical file
    /// can tell whether this batch may have overwritten that file's values (StoreImportSession.FindUnchangedBatch).
    /// </summary>
    private void RecordIndicators()
    {
        if (_fileDimensions.Count == 0 && _metadataIndicators.Count == 0)
        {
            return;
        }

        _connection.Execute(
            "INSERT OR IGNORE INTO import_batch_indicators (indicator_id, batch_id, kind, dimension) VALUES (@Indicator, @BatchId, @Kind, @Dimension)",
            _fileDimensions.Select(d => new { Indicator = d.Indicator, BatchId, Kind = "values", d.Dimension })
                .Concat(_metadataIndicators.Select(i => new { Indicator = i, BatchId, Kind = "metadata", Dimension = string.Empty })),
            _transaction);
    }

    /// <summary>
    /// Remembers which indicators the file writes and whether the store held observations of them before, so
    /// that <see cref="CountChanged"/> only scans when an earlier value could have been confirmed unchanged.
    /// </summary>
    private void NoteIndicator(long indicatorId)
    {
        _lastIndicator = indicatorId;
        if (_fileIndicators.Add(indicatorId) && !_preexisting.Contains(indicatorId)
            && _connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM observations WHERE indicator_id = @Id AND seen_batch_id <> @BatchId)",
                new { Id = indicatorId, BatchId },
                _transaction))
        {
            _preexisting.Add(indicatorId);
        }

        _lastIndicatorStoredBefore = _preexisting.Contains(indicatorId);
    }

    /// <summary>
    /// Rows this batch inserted or changed. When none of the file's indicators had observations before, or no row
    /// met a key already stored, every written row is new and nothing needs counting (a KPI's total file after its
    /// by-sex file scanned both for nothing); otherwise only those indicators' rows are scanned.
    /// </summary>
    private long CountChanged()
    {
        if (_preexisting.Count == 0 || !_upsert.MetExistingKey)
        {
            return _upsert.Written;
        }

        var unchanged = _connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM observations WHERE indicator_id IN @Ids AND seen_batch_id = @BatchId AND batch_id <> @BatchId",
            new { Ids = _preexisting.ToArray(), BatchId },
            _transaction);
        return _upsert.Written - unchanged;
    }

    /// <summary>
    /// Values this batch changed that existed before: the trigger observations_keep_replaced kept one history row
    /// for each, inside this transaction. Nothing to count when none of the file's indicators had values before.
    /// </summary>
    private long CountReplaced() =>
        _preexisting.Count == 0 || !_upsert.MetExistingKey
            ? 0
            : _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observation_history WHERE replaced_by = @BatchId", new { BatchId }, _transaction);

    private long InsertFinishedBatch(SqliteTransaction transaction, string status, long rowsRead, long rowsStored, long rowsChanged, long rowsRejected) =>
        _connection.ExecuteScalar<long>(
            """
            INSERT INTO import_batches (file_name, format, sha256, started_at, finished_at, status, rows_read, rows_stored, rows_changed, rows_rejected, error_count)
            VALUES (@FileName, @Format, @Sha256, @StartedAt, @FinishedAt, @Status, @RowsRead, @RowsStored, @RowsChanged, @RowsRejected, @ErrorCount)
            RETURNING id
            """,
            new
            {
                _start.FileName,
                _start.Format,
                Sha256,
                StartedAt = Timestamp(_startedAt),
                FinishedAt = Timestamp(_clock.GetUtcNow()),
                Status = status,
                RowsRead = rowsRead,
                RowsStored = rowsStored,
                RowsChanged = rowsChanged,
                RowsRejected = rowsRejected,
                ErrorCount = _errorCount,
            },
            transaction);

    private void InsertErrors(SqliteTransaction transaction, long batchId) =>
        _connection.Execute(
            "INSERT INTO import_errors (batch_id, seq, line, col, field, reason) VALUES (@BatchId, @Seq, @Line, @Column, @Field, @Reason)",
            _errors.Select((e, i) => new { BatchId = batchId, Seq = i + 1, e.Line, e.Column, e.Field, e.Reason }),
            transaction);

    private static string Timestamp(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
