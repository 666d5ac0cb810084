using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Audit;
using IndicatorHub.Storage.Jobs;
using IndicatorHub.Web.Infrastructure.Jobs;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>The web app's Kolada and PxWeb fetches, queued for <see cref="FetchJobWorker"/>; each start is audited.</summary>
public sealed class FetchJobs(IndicatorStore store, WebJobRecords records, TimeProvider clock) : QueuedJobs<FetchJob>(records)
{
    /// <summary>The folder fetches keep their pages in: fetched/ beside the database, as for the CLI.</summary>
    public string FetchRoot => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Connections.DatabasePath)) ?? ".", "fetched");

    /// <summary>Queues a Kolada fetch and records who asked for it.</summary>
    public FetchJob EnqueueKolada(KoladaFetchRequest request, string user) => Enqueue(new FetchJob(FetchSource.Kolada, request, null, user, clock.GetUtcNow()));

    /// <summary>Queues a PxWeb fetch and records who asked for it.</summary>
    public FetchJob EnqueuePxWeb(PxWebFetchRequest request, string user) => Enqueue(new FetchJob(FetchSource.PxWeb, null, request, user, clock.GetUtcNow()));

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> EndStates => FetchJobJson.EndStates;

    /// <inheritdoc />
    protected override FetchJob? FromRecord(WebJobRecord record) => FetchJobJson.FromRecord(record);

    /// <inheritdoc />
    protected override WebJobRecord ToRecord(FetchJob job) => FetchJobJson.ToRecord(job);

    private FetchJob Enqueue(FetchJob job)
    {
        AuditLog.Write(store.Connections, clock, job.User, AuditAction.FetchStarted, null, job.Describe());
        return Add(job);
    }
}
