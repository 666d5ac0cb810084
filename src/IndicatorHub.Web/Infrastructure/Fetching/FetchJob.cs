using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Web.Infrastructure.Jobs;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>Which API a fetch reads.</summary>
public enum FetchSource
{
    /// <summary>Kolada API v3.</summary>
    Kolada,

    /// <summary>A PxWeb API v2 (SCB, Folkhälsodata).</summary>
    PxWeb,
}

/// <summary>Where a fetch job is.</summary>
public enum FetchJobState
{
    /// <summary>In the web app's queue.</summary>
    Queued,

    /// <summary>Reading the API's pages into the fetch folder.</summary>
    Downloading,

    /// <summary>Pages read; waiting for another writer of the database; see <see cref="FetchJob.Position"/>.</summary>
    Waiting,

    /// <summary>Importing the pages as one batch.</summary>
    Importing,

    /// <summary>Finished; see <see cref="FetchJob.Result"/> (stored, or a typed failure).</summary>
    Finished,

    /// <summary>Stopped by an unexpected fault; nothing was stored.</summary>
    Failed,
}

/// <summary>
/// One Kolada or PxWeb fetch started from the web, run by <see cref="FetchJobWorker"/>: the pages are read
/// outside the writer queue (a slow API must not hold up other writers) and imported inside it.
/// </summary>
public sealed class FetchJob : IQueuedJob
{
    internal FetchJob(FetchSource source, KoladaFetchRequest? kolada, PxWebFetchRequest? pxWeb, string user, DateTimeOffset queuedAt)
        : this(Guid.NewGuid().ToString("N"), source, kolada, pxWeb, user, queuedAt)
    {
    }

    /// <summary>A job read back from the database after a restart, under its own id.</summary>
    internal FetchJob(string id, FetchSource source, KoladaFetchRequest? kolada, PxWebFetchRequest? pxWeb, string user, DateTimeOffset queuedAt)
    {
        Id = id;
        Source = source;
        Kolada = kolada;
        PxWeb = pxWeb;
        User = user;
        QueuedAt = queuedAt;
    }

    /// <summary>32 hex digits, for the job page's URL.</summary>
    public string Id { get; }

    /// <summary>Which API.</summary>
    public FetchSource Source { get; }

    /// <summary>The Kolada request, for <see cref="FetchSource.Kolada"/>.</summary>
    public KoladaFetchRequest? Kolada { get; }

    /// <summary>The PxWeb request, for <see cref="FetchSource.PxWeb"/>.</summary>
    public PxWebFetchRequest? PxWeb { get; }

    /// <summary>Who started it.</summary>
    public string User { get; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset QueuedAt { get; }

    /// <summary>Where it is.</summary>
    public FetchJobState State { get; internal set; }

    /// <inheritdoc />
    public bool HasEnded => State is FetchJobState.Finished or FetchJobState.Failed;

    /// <summary>While <see cref="FetchJobState.Waiting"/>: 1 when next.</summary>
    public int Position { get; internal set; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; internal set; }

    /// <summary>The outcome, once finished.</summary>
    public FetchResult? Result { get; internal set; }

    /// <summary>What was asked, in the API's own terms (ids, years, selections), for the page and the audit log.</summary>
    public string Describe() => Source == FetchSource.Kolada
        ? FormattableString.Invariant($"kolada kpi={string.Join(',', Kolada!.KpiIds)} group={Kolada.KpiGroupId ?? "-"} municipality={string.Join(',', Kolada.MunicipalityIds)} years={string.Join(',', Kolada.Years)}")
        : $"pxweb tables={string.Join(',', PxWeb!.Tables)} {string.Join(' ', PxWeb.Selections.Select(s => s.VariableCode + "=" + string.Join(',', s.ValueCodes)))}";

    /// <inheritdoc />
    void IQueuedJob.MarkQueued() => State = FetchJobState.Queued;

    /// <inheritdoc />
    void IQueuedJob.MarkFailed(DateTimeOffset at)
    {
        FinishedAt ??= at;
        State = FetchJobState.Failed;
    }
}
