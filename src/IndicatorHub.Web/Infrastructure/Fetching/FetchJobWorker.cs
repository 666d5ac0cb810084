using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Writing;
using IndicatorHub.Web.Infrastructure.Jobs;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>
/// Runs queued fetches one at a time: downloads the pages (the fetchers' resilience pipelines bound every try and
/// the whole fetch), then imports them as one batch inside the database's writer turn, so a fetch waits behind an
/// upload or a CLI import instead of failing on SQLite's lock.
/// </summary>
public sealed class FetchJobWorker(
    FetchJobs jobs, KoladaFetcher kolada, PxWebFetcher pxWeb, IndicatorStore store, WriterGate gate, TimeProvider clock, ILogger<FetchJobWorker> log)
    : QueuedJobWorker<FetchJob>(jobs, clock, log)
{
    /// <inheritdoc />
    protected override string Kind => "fetch";

    /// <inheritdoc />
    protected override string Describe(FetchJob job) => job.Id;

    /// <inheritdoc />
    protected override async Task RunAsync(FetchJob job, CancellationToken cancellation)
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
                BatchRollback.RecordImport(store.Connections, Clock, result.BatchId, job.User, result.ManifestPath is { } manifest ? Path.GetFileName(Path.GetDirectoryName(manifest)) + "/manifest.json" : null);
            }
        }

        job.Result = result;
        job.FinishedAt = Clock.GetUtcNow();
        job.State = FetchJobState.Finished;

        // Recording the end is a write too: it waits its turn rather than for SQLite's busy timeout.
        using (await gate.EnterAsync(cancellation: cancellation).ConfigureAwait(false))
        {
            jobs.SaveEnd(job);
        }
    }
}
