using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Writing;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>
/// Runs queued fetches one at a time: downloads the pages (the fetchers' resilience pipelines bound every try and
/// the whole fetch), then imports them as one batch inside the database's writer turn, so a fetch waits behind an
/// upload or a CLI import instead of failing on SQLite's lock.
/// </summary>
public sealed class FetchJobWorker(
    FetchJobs jobs, KoladaFetcher kolada, PxWebFetcher pxWeb, IndicatorStore store, WriterGate gate, TimeProvider clock, ILogger<FetchJobWorker> log)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.State = FetchJobState.Failed;
                return;
            }
#pragma warning disable CA1031 // A job's fault must not stop the worker; it is logged and shown as failed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "Fetch job {Job} failed", job.Id);
                job.FinishedAt = clock.GetUtcNow();
                job.State = FetchJobState.Failed;
            }
        }
    }

    private async Task RunAsync(FetchJob job, CancellationToken cancellation)
    {
        job.State = FetchJobState.Downloading;
        var downloaded = job.Source == FetchSource.Kolada
            ? await kolada.DownloadAsync(job.Kolada!, cancellation).ConfigureAwait(false)
            : await pxWeb.DownloadAsync(job.PxWeb!, cancellation).ConfigureAwait(false);
        var result = downloaded;
        if (downloaded.Succeeded)
        {
            job.State = FetchJobState.Waiting;
            using (await gate.EnterAsync(position => job.Position = position, cancellation).ConfigureAwait(false))
            {
                job.State = FetchJobState.Importing;
                result = await Task.Run(() => FetchBatchImport.Import(store, downloaded), cancellation).ConfigureAwait(false);
            }

            if (result.Succeeded && result.BatchId > 0)
            {
                BatchRollback.RecordImport(store.Connections, clock, result.BatchId, job.User, result.ManifestPath is { } manifest ? Path.GetFileName(Path.GetDirectoryName(manifest)) + "/manifest.json" : null);
            }
        }

        job.Result = result;
        job.FinishedAt = clock.GetUtcNow();
        job.State = FetchJobState.Finished;
    }
}
