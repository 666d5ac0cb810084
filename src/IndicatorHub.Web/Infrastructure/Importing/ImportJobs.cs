using System.Collections.Concurrent;
using System.Threading.Channels;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>The web app's import jobs: a queue the worker consumes, and every job by id for the progress page.</summary>
public sealed class ImportJobs(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a dry run or an import of an uploaded file.</summary>
    public ImportJob Enqueue(UploadedFile file, ImportFormat format, ParseOptions options, bool allowPartial, bool dryRun, string user, long? expectedRows = null)
    {
        var job = new ImportJob(file, format, options, allowPartial, dryRun, user, expectedRows, clock.GetUtcNow());
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }

    /// <summary>The job with this id, or null.</summary>
    public ImportJob? Find(string? id) => id is null ? null : _jobs.GetValueOrDefault(id);

    internal ChannelReader<ImportJob> Reader => _queue.Reader;
}
