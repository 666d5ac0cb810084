using System.Collections.Concurrent;
using System.Threading.Channels;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Audit;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>The web app's fetch jobs: a queue the worker consumes, and every job by id for the progress page.</summary>
public sealed class FetchJobs(IndicatorStore store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, FetchJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<FetchJob> _queue = Channel.CreateUnbounded<FetchJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The folder fetches keep their pages in: fetched/ beside the database, as for the CLI.</summary>
    public string FetchRoot => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Connections.DatabasePath)) ?? ".", "fetched");

    /// <summary>Queues a Kolada fetch and records who asked for it.</summary>
    public FetchJob EnqueueKolada(KoladaFetchRequest request, string user) => Enqueue(new FetchJob(FetchSource.Kolada, request, null, user, clock.GetUtcNow()));

    /// <summary>Queues a PxWeb fetch and records who asked for it.</summary>
    public FetchJob EnqueuePxWeb(PxWebFetchRequest request, string user) => Enqueue(new FetchJob(FetchSource.PxWeb, null, request, user, clock.GetUtcNow()));

    /// <summary>The job with this id, or null.</summary>
    public FetchJob? Find(string? id) => id is null ? null : _jobs.GetValueOrDefault(id);

    internal ChannelReader<FetchJob> Reader => _queue.Reader;

    private FetchJob Enqueue(FetchJob job)
    {
        AuditLog.Write(store.Connections, clock, job.User, AuditAction.FetchStarted, null, job.Describe());
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }
}
