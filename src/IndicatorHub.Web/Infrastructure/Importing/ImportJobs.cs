using System.Collections.Concurrent;
using System.Threading.Channels;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Jobs;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>
/// The web app's import jobs: a queue the worker consumes, and every job by id for the progress page. Each job is
/// written to the database when queued and when it ends, so its page outlives a restart, and a job a restart
/// interrupted is queued again (<see cref="RequeueUnfinished"/>).
/// </summary>
public sealed class ImportJobs(WebJobRecords records, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a dry run or an import of an uploaded file.</summary>
    public ImportJob Enqueue(UploadedFile file, ImportFormat format, ParseOptions options, bool allowPartial, bool dryRun, string user, long? expectedRows = null)
    {
        var job = new ImportJob(file, format, options, allowPartial, dryRun, user, expectedRows, clock.GetUtcNow());
        records.Save(ImportJobJson.ToRecord(job));
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }

    /// <summary>The job with this id (from memory, or as the database kept it), or null.</summary>
    public ImportJob? Find(string? id)
    {
        if (!UploadStore.IsId(id))
        {
            return null;
        }

        if (_jobs.TryGetValue(id!, out var job))
        {
            return job;
        }

        var record = records.Find(id!);
        if (record is null || record.Kind is not ("dry-run" or "import") || ImportJobJson.FromRecord(record) is not { } restored)
        {
            return null;
        }

        // An unfinished job is the worker's to queue again (RequeueUnfinished); only an ended one is kept here.
        return restored.State is ImportJobState.Finished or ImportJobState.Failed ? _jobs.GetOrAdd(id!, restored) : restored;
    }

    /// <summary>Queues again the jobs the database holds as unfinished (the process that ran them ended).</summary>
    /// <returns>How many were queued.</returns>
    public int RequeueUnfinished()
    {
        var count = 0;
        foreach (var record in records.Unfinished(ImportJobJson.EndStates).Where(r => r.Kind is "dry-run" or "import"))
        {
            if (_jobs.ContainsKey(record.Id) || ImportJobJson.FromRecord(record) is not { } job)
            {
                continue;
            }

            job.State = ImportJobState.Queued;
            _jobs[job.Id] = job;
            _queue.Writer.TryWrite(job);
            count++;
        }

        return count;
    }

    /// <summary>Writes the job's end (state, result, figures) to the database.</summary>
    internal void SaveEnd(ImportJob job) => records.Save(ImportJobJson.ToRecord(job));

    internal ChannelReader<ImportJob> Reader => _queue.Reader;
}
