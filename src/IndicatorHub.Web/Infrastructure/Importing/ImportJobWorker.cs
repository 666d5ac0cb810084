using Dapper;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Writing;
using IndicatorHub.Web.Infrastructure.Jobs;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>
/// Runs queued import jobs one at a time, each inside the database's writer turn, so an upload waits behind a
/// CLI import (and the reverse) instead of failing on SQLite's lock. Pages keep reading meanwhile (WAL).
/// </summary>
public sealed class ImportJobWorker(
    ImportJobs jobs, ImportService importer, FormatDetector detector, IndicatorStore store, WriterGate gate, UploadStore uploads, TimeProvider clock, ILogger<ImportJobWorker> log)
    : QueuedJobWorker<ImportJob>(jobs, clock, log)
{
    /// <inheritdoc />
    protected override string Kind => "import";

    /// <inheritdoc />
    protected override string Describe(ImportJob job) => $"{job.Id} (upload {job.File.Id})";

    /// <inheritdoc />
    protected override async Task RunAsync(ImportJob job, CancellationToken cancellation)
    {
        job.State = ImportJobState.Waiting;
        using var turn = await gate.EnterAsync(position => job.Position = position, cancellation).ConfigureAwait(false);
        job.State = ImportJobState.Running;
        job.StartedAt = Clock.GetUtcNow();
        var known = KnownIndicators();
        var path = uploads.PathOf(job.File);
        var source = new ImportSource(job.File.OriginalName, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        var request = new ImportRequest(source, job.Format, job.Options, job.AllowPartial, job.DryRun);
        var result = await Task.Run(
                () => importer.Import(request, new InlineProgress(p => job.RowsRead = p.RowsRead)),
                cancellation)
            .ConfigureAwait(false);
        job.RowsRead = result.Summary.RowsRead;
        job.NewIndicators = NewIndicators(job, source, result, known);
        if (result.Summary.BatchId > 0)
        {
            BatchRollback.RecordImport(store.Connections, Clock, result.Summary.BatchId, job.User, job.File.Id + ".upload");
        }

        job.Result = result;
        job.FinishedAt = Clock.GetUtcNow();
        job.State = ImportJobState.Finished;
        jobs.SaveEnd(job);
    }

    private HashSet<string> KnownIndicators()
    {
        using var connection = store.Connections.Open();
        return connection.Query<string>("SELECT code FROM indicators").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// After an import: indicators the batch created. After a dry run, whose transaction took them away again:
    /// the file's indicator ids the store lacks, from a second pass of the parser (ids only, nothing resolved).
    /// </summary>
    private List<string> NewIndicators(ImportJob job, ImportSource source, ImportResult result, HashSet<string> known)
    {
        if (!job.DryRun)
        {
            if (result.Summary.BatchId <= 0 || !result.Stored)
            {
                return [];
            }

            using var connection = store.Connections.Open();
            return connection.Query<string>("SELECT code FROM indicators WHERE batch_id = @Id ORDER BY code", new { Id = result.Summary.BatchId })
                .Where(code => !known.Contains(code))
                .ToList();
        }

        var parser = detector.Choose(source, job.Format, job.Options, out _);
        if (parser is null)
        {
            return [];
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in parser.Parse(source, job.Options))
        {
            var code = item switch
            {
                ParsedObservation observation => observation.IndicatorId ?? job.Options.IndicatorId,
                ParsedIndicator indicator => indicator.Indicator.Id,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(code) && !known.Contains(code.Trim()))
            {
                found.Add(code.Trim());
            }
        }

        return [.. found];
    }

    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
