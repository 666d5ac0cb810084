using System.Collections.Concurrent;
using System.Threading.Channels;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Audit;
using IndicatorHub.Storage.Jobs;
using IndicatorHub.Web.Infrastructure.Importing;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>
/// The web app's fetch jobs: a queue the worker consumes, and every job by id for the progress page. Like import
/// jobs, each is written to web_jobs when queued and when it ends, so its page outlives a restart and a fetch the
/// restart interrupted runs again (<see cref="RequeueUnfinished"/>).
/// </summary>
public sealed class FetchJobs(IndicatorStore store, WebJobRecords records, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, FetchJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<FetchJob> _queue = Channel.CreateUnbounded<FetchJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The folder fetches keep their pages in: fetched/ beside the database, as for the CLI.</summary>
    public string FetchRoot => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Connections.DatabasePath)) ?? ".", "fetched");

    /// <summary>Queues a Kolada fetch and records who asked for it.</summary>
    public FetchJob EnqueueKolada(KoladaFetchRequest request, string user) => Enqueue(new FetchJob(FetchSource.Kolada, request, null, user, clock.GetUtcNow()));

    /// <summary>Queues a PxWeb fetch and records who asked for it.</summary>
    public FetchJob EnqueuePxWeb(PxWebFetchRequest request, string user) => Enqueue(new FetchJob(FetchSource.PxWeb, null, request, user, clock.GetUtcNow()));

    /// <summary>The job with this id (from memory, or as the database kept it), or null.</summary>
    public FetchJob? Find(string? id)
    {
        if (!UploadStore.IsId(id))
        {
            return null;
        }

        if (_jobs.TryGetValue(id!, out var job))
        {
            return job;
        }

        if (records.Find(id!) is not { } record || FetchJobJson.FromRecord(record) is not { } restored)
        {
            return null;
        }

        // An unfinished job is the worker's to queue again; only an ended one is kept here.
        return restored.State is FetchJobState.Finished or FetchJobState.Failed ? _jobs.GetOrAdd(id!, restored) : restored;
    }

    /// <summary>Queues again the fetches the database holds as unfinished (the process that ran them ended).</summary>
    /// <returns>How many were queued.</returns>
    public int RequeueUnfinished()
    {
        var count = 0;
        foreach (var record in records.Unfinished(FetchJobJson.EndStates).Where(r => r.Kind == FetchJobJson.Kind))
        {
            if (_jobs.ContainsKey(record.Id) || FetchJobJson.FromRecord(record) is not { } job)
            {
                continue;
            }

            job.State = FetchJobState.Queued;
            _jobs[job.Id] = job;
            _queue.Writer.TryWrite(job);
            count++;
        }

        return count;
    }

    /// <summary>Writes the job's end (state, result) to the database.</summary>
    internal void SaveEnd(FetchJob job) => records.Save(FetchJobJson.ToRecord(job));

    internal ChannelReader<FetchJob> Reader => _queue.Reader;

    private FetchJob Enqueue(FetchJob job)
    {
        AuditLog.Write(store.Connections, clock, job.User, AuditAction.FetchStarted, null, job.Describe());
        records.Save(FetchJobJson.ToRecord(job));
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }
}
