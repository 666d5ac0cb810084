using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Jobs;
using IndicatorHub.Web.Infrastructure.Jobs;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>The web app's import jobs (dry runs and imports of uploaded files), queued for <see cref="ImportJobWorker"/>.</summary>
public sealed class ImportJobs(WebJobRecords records, TimeProvider clock) : QueuedJobs<ImportJob>(records)
{
    /// <summary>Queues a dry run or an import of an uploaded file.</summary>
    public ImportJob Enqueue(UploadedFile file, ImportFormat format, ParseOptions options, bool allowPartial, bool dryRun, string user, long? expectedRows = null) =>
        Add(new ImportJob(file, format, options, allowPartial, dryRun, user, expectedRows, clock.GetUtcNow()));

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> EndStates => ImportJobJson.EndStates;

    /// <inheritdoc />
    protected override ImportJob? FromRecord(WebJobRecord record) =>
        record.Kind is "dry-run" or "import" ? ImportJobJson.FromRecord(record) : null;

    /// <inheritdoc />
    protected override WebJobRecord ToRecord(ImportJob job) => ImportJobJson.ToRecord(job);
}
