using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Web.Infrastructure.Jobs;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>Where a job is.</summary>
public enum ImportJobState
{
    /// <summary>In the web app's queue.</summary>
    Queued,

    /// <summary>Waiting for another writer of the database (a CLI import, another job); see <see cref="ImportJob.Position"/>.</summary>
    Waiting,

    /// <summary>Reading and writing.</summary>
    Running,

    /// <summary>Finished; see <see cref="ImportJob.Result"/>.</summary>
    Finished,

    /// <summary>Stopped by an unexpected fault; nothing was stored.</summary>
    Failed,
}

/// <summary>
/// One dry run or import of an uploaded file, run by <see cref="ImportJobWorker"/>. Progress fields are
/// written by the worker and read by pages; each is a single word-sized value, so a reader never sees a torn one.
/// </summary>
public sealed class ImportJob : IQueuedJob
{
    internal ImportJob(UploadedFile file, ImportFormat format, ParseOptions options, bool allowPartial, bool dryRun, string user, long? expectedRows, DateTimeOffset queuedAt)
        : this(Guid.NewGuid().ToString("N"), file, format, options, allowPartial, dryRun, user, expectedRows, queuedAt)
    {
    }

    /// <summary>A job read back from the database after a restart, under its own id.</summary>
    internal ImportJob(string id, UploadedFile file, ImportFormat format, ParseOptions options, bool allowPartial, bool dryRun, string user, long? expectedRows, DateTimeOffset queuedAt)
    {
        Id = id;
        File = file;
        Format = format;
        Options = options;
        AllowPartial = allowPartial;
        DryRun = dryRun;
        User = user;
        ExpectedRows = expectedRows;
        QueuedAt = queuedAt;
    }

    /// <summary>32 hex digits, for the job page's URL.</summary>
    public string Id { get; }

    /// <summary>The uploaded file.</summary>
    public UploadedFile File { get; }

    /// <summary>The format chosen (or Auto).</summary>
    public ImportFormat Format { get; }

    /// <summary>What the analyst said about the file (indicator id, column mapping).</summary>
    public ParseOptions Options { get; }

    /// <summary>Keep the good rows of a file with bad ones.</summary>
    public bool AllowPartial { get; }

    /// <summary>Validate only.</summary>
    public bool DryRun { get; }

    /// <summary>Who started it.</summary>
    public string User { get; }

    /// <summary>Rows the dry run read, so the import can say how long it has left; null for a dry run.</summary>
    public long? ExpectedRows { get; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset QueuedAt { get; }

    /// <summary>Where it is.</summary>
    public ImportJobState State { get; internal set; }

    /// <inheritdoc />
    public bool HasEnded => State is ImportJobState.Finished or ImportJobState.Failed;

    /// <summary>While <see cref="ImportJobState.Waiting"/>: 1 when next.</summary>
    public int Position { get; internal set; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; internal set; }

    /// <summary>Rows read so far.</summary>
    public long RowsRead { get; internal set; }

    /// <summary>The outcome, once finished.</summary>
    public ImportResult? Result { get; internal set; }

    /// <summary>Indicators the store did not know before this file (dry run: would be created).</summary>
    public IReadOnlyList<string> NewIndicators { get; internal set; } = [];

    /// <summary>Rows per second so far.</summary>
    public double RowsPerSecond(DateTimeOffset now)
    {
        var seconds = ((FinishedAt ?? now) - (StartedAt ?? now)).TotalSeconds;
        return seconds > 0 ? RowsRead / seconds : 0;
    }

    /// <summary>Estimated time left, when the total is known.</summary>
    public TimeSpan? TimeLeft(DateTimeOffset now)
    {
        var rate = RowsPerSecond(now);
        if (ExpectedRows is not { } total || rate <= 0 || State != ImportJobState.Running)
        {
            return null;
        }

        return TimeSpan.FromSeconds(Math.Max(0, total - RowsRead) / rate);
    }

    /// <inheritdoc />
    void IQueuedJob.MarkQueued() => State = ImportJobState.Queued;

    /// <inheritdoc />
    void IQueuedJob.MarkFailed(DateTimeOffset at)
    {
        FinishedAt ??= at;
        State = ImportJobState.Failed;
    }
}
