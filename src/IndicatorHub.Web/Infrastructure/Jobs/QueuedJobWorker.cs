using System.Threading.Channels;
using IndicatorHub.Storage.Faults;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Infrastructure.Jobs;

/// <summary>
/// Runs one kind of queued job one at a time: first queues again what a restart interrupted, then takes jobs from
/// the queue. A job's fault is logged and the job shown as failed; it never stops the worker.
/// </summary>
/// <typeparam name="TJob">The job kind (an upload's import, a fetch).</typeparam>
public abstract class QueuedJobWorker<TJob>(ILogger log) : BackgroundService
{
    /// <summary>The queue the pages add jobs to.</summary>
    protected abstract ChannelReader<TJob> Reader { get; }

    /// <summary>What the log calls this kind of job ("import", "fetch").</summary>
    protected abstract string Kind { get; }

    /// <summary>Queues again the jobs the database holds as unfinished; returns how many.</summary>
    protected abstract int RequeueUnfinished();

    /// <summary>Runs one job to its end, recording it.</summary>
    protected abstract Task RunAsync(TJob job, CancellationToken cancellation);

    /// <summary>Marks the job failed (state and end time).</summary>
    protected abstract void MarkFailed(TJob job);

    /// <summary>Writes the job's end to the database.</summary>
    protected abstract void SaveEnd(TJob job);

    /// <summary>How the log names the job.</summary>
    protected abstract string Describe(TJob job);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var requeued = RequeueUnfinished();
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

        await foreach (var job in Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                MarkFailed(job);
                return;
            }
#pragma warning disable CA1031 // A job's fault must not stop the worker; it is logged and shown as failed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "{Kind} job {Job} failed", Kind, Describe(job));
                MarkFailed(job);
                TrySaveEnd(job);
            }
        }
    }

    /// <summary>After a fault the job's end is recorded if the database lets it; otherwise a restart runs the job again.</summary>
    private void TrySaveEnd(TJob job)
    {
        try
        {
            SaveEnd(job);
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
