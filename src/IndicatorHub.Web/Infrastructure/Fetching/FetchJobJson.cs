using System.Text.Json;
using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage.Jobs;

namespace IndicatorHub.Web.Infrastructure.Fetching;

/// <summary>A <see cref="FetchJob"/> as a web_jobs row (kind "fetch") and back.</summary>
internal static class FetchJobJson
{
    internal const string Kind = "fetch";

    /// <summary>The states after which a job does not run again.</summary>
    internal static readonly string[] EndStates = [nameof(FetchJobState.Finished), nameof(FetchJobState.Failed)];

    internal static WebJobRecord ToRecord(FetchJob job) => new(
        job.Id,
        Kind,
        job.User,
        null,
        job.State.ToString(),
        JsonSerializer.Serialize(new Request(job.Source, job.Kolada, job.PxWeb)),
        job.State is FetchJobState.Finished or FetchJobState.Failed ? JsonSerializer.Serialize(new Outcome(job.Result)) : null,
        job.QueuedAt,
        job.FinishedAt);

    /// <summary>The job a record describes; null when it is not a fetch this version can read.</summary>
    internal static FetchJob? FromRecord(WebJobRecord record)
    {
        if (record.Kind != Kind)
        {
            return null;
        }

        try
        {
            var request = JsonSerializer.Deserialize<Request>(record.Request);
            if (request is null || (request.Source == FetchSource.Kolada ? request.Kolada is null : request.PxWeb is null))
            {
                return null;
            }

            var job = new FetchJob(record.Id, request.Source, request.Kolada, request.PxWeb, record.UserName, record.QueuedAt);
            if (Enum.TryParse<FetchJobState>(record.State, out var state) && state is FetchJobState.Finished or FetchJobState.Failed)
            {
                job.Result = record.Result is null ? null : JsonSerializer.Deserialize<Outcome>(record.Result)?.Result;
                job.FinishedAt = record.FinishedAt;
                job.State = job.Result is null ? FetchJobState.Failed : state;
            }

            return job;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Request(FetchSource Source, KoladaFetchRequest? Kolada, PxWebFetchRequest? PxWeb);

    private sealed record Outcome(FetchResult? Result);
}
