using IndicatorHub.Storage.Jobs;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>What the sweep did with one upload.</summary>
public enum UploadSweepDecision
{
    /// <summary>Kept: a job still needs it, or it is younger than the configured ages.</summary>
    Kept,

    /// <summary>Deleted: its import ended longer ago than IndicatorHub:Upload:KeepAfterImportMinutes.</summary>
    DeletedAfterImport,

    /// <summary>Deleted: never imported and older than IndicatorHub:Upload:AbandonedAfterHours.</summary>
    DeletedAbandoned,
}

/// <summary>
/// Deletes uploaded files once they are no longer needed: after their import ended (and the rejected rows' download
/// has had its time), or when they were uploaded and never imported. A file a queued or running job reads is
/// never deleted. Runs every IndicatorHub:Upload:SweepMinutes on the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class UploadCleanup(UploadStore uploads, WebJobRecords records, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadCleanup> log)
    : BackgroundService
{
    /// <summary>Decides for every upload in the folder and deletes those no longer needed.</summary>
    public IReadOnlyDictionary<string, UploadSweepDecision> Sweep()
    {
        var now = clock.GetUtcNow();
        var keepAfterImport = TimeSpan.FromMinutes(options.Value.KeepAfterImportMinutes);
        var abandonedAfter = TimeSpan.FromHours(options.Value.AbandonedAfterHours);
        var decisions = new Dictionary<string, UploadSweepDecision>(StringComparer.Ordinal);
        foreach (var id in uploads.Ids())
        {
            var file = uploads.Find(id);
            var jobs = records.ForUpload(id);
            var decision = UploadSweepDecision.Kept;
            if (file is null || jobs.Any(j => !ImportJobJson.EndStates.Contains(j.State)))
            {
                decision = UploadSweepDecision.Kept;
            }
            else if (jobs.Where(j => j.Kind == "import").Max(j => j.FinishedAt) is { } imported)
            {
                decision = now - imported >= keepAfterImport ? UploadSweepDecision.DeletedAfterImport : UploadSweepDecision.Kept;
            }
            else if (now - file.UploadedAt >= abandonedAfter)
            {
                decision = UploadSweepDecision.DeletedAbandoned;
            }

            if (decision != UploadSweepDecision.Kept)
            {
                uploads.Delete(id);
                if (log.IsEnabled(LogLevel.Information))
                {
                    log.LogInformation("Deleted upload {Upload} ({Name}): {Decision}", id, file?.OriginalName, decision);
                }
            }

            decisions[id] = decision;
        }

        return decisions;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.SweepMinutes)), clock);
        do
        {
            try
            {
                Sweep();
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Sweeping the upload folder failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
