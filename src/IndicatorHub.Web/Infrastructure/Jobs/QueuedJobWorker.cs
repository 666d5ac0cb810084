using IndicatorHub.Storage.Faults;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Infrastructure.Jobs;

/// <summary>
/// Runs one kind of queued job one at a time: first queues again what a restart interrupted, then takes jobs from
/// the queue. A job's fault is logged and the job shown as failed; it never stops the worker.
/// </summary>
/// <typeparam name="TJob">The job kind (an upload's import, a fetch).</typeparam>
/// <param name="jobs">The queue the pages add jobs to.</param>
public abstract class QueuedJobWorker<TJob>(QueuedJobs<TJob> jobs, TimeProvider clock, ILogger log) : BackgroundService
    where TJob : class, IQueuedJob
{
    /// <summary>The clock jobs are timed by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>What the log calls this kind of job ("import", "fetch").</summary>
    protected abstract string Kind { get; }

    /// <summary>Runs one job to its end, recording it.</summary>
    protected abstract Task RunAsync(TJob job, CancellationToken cancellation);

    /// <summary>How the log names the job.</summary>
    protected abstract string Describe(TJob job);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var requeued = jobs.RequeueUnfinished();
            if (requeued > 0 && log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Queued {Count} {Kind} jobs again that a restart had interrupted", requeued, Kind);
            }
        }
        catch (Exception e) when (e is SqliteException or StoreFaultException)
        {
            // The app also starts on a database it cannot use (every page then says so); there is nothing to resume.
            if (log.IsEnabled(LogLevel.Warning))
            {
                log.LogWarning(e, "Could not read the {Kind} jobs a restart interrupted", Kind);
            }
        }

        await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.MarkFailed(Clock.GetUtcNow());
                return;
            }
#pragma warning disable CA1031 // A job's fault must not stop the worker; it is logged and shown as failed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "{Kind} job {Job} failed", Kind, Describe(job));
                job.MarkFailed(Clock.GetUtcNow());
                TrySaveEnd(job);
            }
        }
    }

    /// <summary>After a fault the job's end is recorded if the database lets it; otherwise a restart runs the job again.</summary>
    private void TrySaveEnd(TJob job)
    {
        try
        {
            jobs.SaveEnd(job);
        }
        catch (SqliteException e)
        {
            // A restart then runs the job again, which is safe: its transaction rolled back.
            if (log.IsEnabled(LogLevel.Warning))
            {
                log.LogWarning(e, "Could not record the end of {Kind} job {Job}", Kind, Describe(job));
            }
        }
    }
}
