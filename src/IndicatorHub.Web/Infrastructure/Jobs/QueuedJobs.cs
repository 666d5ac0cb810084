using System.Collections.Concurrent;
using System.Threading.Channels;
using IndicatorHub.Storage.Jobs;
using IndicatorHub.Web.Infrastructure.Importing;

namespace IndicatorHub.Web.Infrastructure.Jobs;

/// <summary>What a <see cref="QueuedJobs{TJob}"/> needs of a job: its id, whether it has ended, and its queued and failed marks.</summary>
public interface IQueuedJob
{
    /// <summary>32 hex digits, for the job page's URL.</summary>
    string Id { get; }

    /// <summary>Finished or failed: it does not run again.</summary>
    bool HasEnded { get; }

    /// <summary>Back in the queue after a restart interrupted it.</summary>
    void MarkQueued();

    /// <summary>Failed at <paramref name="at"/>, unless an end time is already set.</summary>
    void MarkFailed(DateTimeOffset at);
}

/// <summary>
/// One kind of web job: a queue its worker consumes, and every job by id for its progress page. Each job is written
/// to web_jobs when queued and when it ends, so its page outlives a restart, and a job the restart interrupted is
/// queued again (<see cref="RequeueUnfinished"/>).
/// </summary>
/// <typeparam name="TJob">The job kind (an upload's import, a fetch).</typeparam>
public abstract class QueuedJobs<TJob>(WebJobRecords records)
    where TJob : class, IQueuedJob
{
    private readonly ConcurrentDictionary<string, TJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<TJob> _queue = Channel.CreateUnbounded<TJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The web_jobs states after which a job of this kind does not run again.</summary>
    protected abstract IReadOnlyCollection<string> EndStates { get; }

    internal ChannelReader<TJob> Reader => _queue.Reader;

    /// <summary>The job with this id (from memory, or as the database kept it), or null.</summary>
    public TJob? Find(string? id)
    {
        if (!UploadStore.IsId(id))
        {
            return null;
        }

        if (_jobs.TryGetValue(id!, out var job))
        {
            return job;
        }

        if (records.Find(id!) is not { } record || FromRecord(record) is not { } restored)
        {
            return null;
        }

        // An unfinished job is the worker's to queue again (RequeueUnfinished); only an ended one is kept here.
        return restored.HasEnded ? _jobs.GetOrAdd(id!, restored) : restored;
    }

    /// <summary>Queues again the jobs the database holds as unfinished (the process that ran them ended).</summary>
    /// <returns>How many were queued.</returns>
    public int RequeueUnfinished()
    {
        var count = 0;
        foreach (var record in records.Unfinished(EndStates))
        {
            if (_jobs.ContainsKey(record.Id) || FromRecord(record) is not { } job)
            {
                continue;
            }

            job.MarkQueued();
            _jobs[job.Id] = job;
            _queue.Writer.TryWrite(job);
            count++;
        }

        return count;
    }

    /// <summary>Writes the job's end (state, result, figures) to the database.</summary>
    internal void SaveEnd(TJob job) => records.Save(ToRecord(job));

    /// <summary>The job a record describes; null when it is another kind, or one this version cannot read.</summary>
    protected abstract TJob? FromRecord(WebJobRecord record);

    /// <summary>The job as a web_jobs row.</summary>
    protected abstract WebJobRecord ToRecord(TJob job);

    /// <summary>Records the job and queues it.</summary>
    protected TJob Add(TJob job)
    {
        records.Save(ToRecord(job));
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }
}
