using System.Text;
using System.Text.Json;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage.Jobs;

namespace IndicatorHub.Web.Infrastructure.Importing;

/// <summary>
/// An <see cref="ImportJob"/> as a web_jobs row and back: the request (file, format, parse options) and, once it
/// has ended, the result with the progress figures the job page shows.
/// </summary>
internal static class ImportJobJson
{
    /// <summary>The states after which a job does not run again.</summary>
    internal static readonly string[] EndStates = [nameof(ImportJobState.Finished), nameof(ImportJobState.Failed)];

    internal static WebJobRecord ToRecord(ImportJob job) => new(
        job.Id,
        job.DryRun ? "dry-run" : "import",
        job.User,
        job.File.Id,
        job.State.ToString(),
        JsonSerializer.Serialize(new Request(job.File, job.Format, job.Options.IndicatorId, job.Options.Encoding?.WebName, job.Options.Delimiter,
            job.Options.ColumnMapping?.ToDictionary(StringComparer.Ordinal), job.AllowPartial, job.DryRun, job.ExpectedRows)),
        job.State is ImportJobState.Finished or ImportJobState.Failed
            ? JsonSerializer.Serialize(new Outcome(job.Result, job.NewIndicators, job.RowsRead, job.StartedAt))
            : null,
        job.QueuedAt,
        job.FinishedAt);

    /// <summary>The job a record describes; null when the record is not one this version can read.</summary>
    internal static ImportJob? FromRecord(WebJobRecord record)
    {
        Request? request;
        try
        {
            request = JsonSerializer.Deserialize<Request>(record.Request);
        }
        catch (JsonException)
        {
            return null;
        }

        if (request is null)
        {
            return null;
        }

        var options = new ParseOptions
        {
            IndicatorId = request.IndicatorId,
            Encoding = request.Encoding is { } name ? Encoding.GetEncoding(name) : null,
            Delimiter = request.Delimiter,
            ColumnMapping = request.ColumnMapping,
        };
        var job = new ImportJob(record.Id, request.File, request.Format, options, request.AllowPartial, request.DryRun, record.UserName, request.ExpectedRows, record.QueuedAt);
        if (Enum.TryParse<ImportJobState>(record.State, out var state) && state is ImportJobState.Finished or ImportJobState.Failed)
        {
            var outcome = record.Result is null ? null : JsonSerializer.Deserialize<Outcome>(record.Result);
            job.Result = outcome?.Result;
            job.NewIndicators = outcome?.NewIndicators ?? [];
            job.RowsRead = outcome?.RowsRead ?? 0;
            job.StartedAt = outcome?.StartedAt;
            job.FinishedAt = record.FinishedAt;
            job.State = job.Result is null ? ImportJobState.Failed : state;
        }

        return job;
    }

    private sealed record Request(UploadedFile File, ImportFormat Format, string? IndicatorId, string? Encoding, char? Delimiter,
        Dictionary<string, string>? ColumnMapping, bool AllowPartial, bool DryRun, long? ExpectedRows);

    private sealed record Outcome(ImportResult? Result, IReadOnlyList<string> NewIndicators, long RowsRead, DateTimeOffset? StartedAt);
}
