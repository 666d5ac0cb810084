using System.Globalization;
using Dapper;

namespace IndicatorHub.Storage.Jobs;

/// <summary>A background job of the web app as stored: the request and result are the web app's JSON.</summary>
/// <param name="Id">32 hex digits.</param>
/// <param name="Kind">dry-run, import or fetch.</param>
/// <param name="UserName">Who started it.</param>
/// <param name="UploadId">The uploaded file a dry run or import reads; null for a fetch.</param>
/// <param name="State">Where it is, as the web app names its states.</param>
/// <param name="Request">What to run.</param>
/// <param name="Result">How it ended; null until then.</param>
/// <param name="QueuedAt">When it was queued.</param>
/// <param name="FinishedAt">When it ended.</param>
public sealed record WebJobRecord(string Id, string Kind, string UserName, string? UploadId, string State, string Request, string? Result, DateTimeOffset QueuedAt, DateTimeOffset? FinishedAt);

/// <summary>
/// The web_jobs table (migration 10): each job is written when queued and again when it ends, so a restart finds
/// finished jobs' results and queues unfinished ones again. Each write is one small statement of its own.
/// </summary>
public sealed class WebJobRecords(SqliteConnectionFactory connections)
{
    /// <summary>Writes the job, replacing what was stored under its id.</summary>
    public void Save(WebJobRecord job)
    {
        using var connection = connections.Open();
        connection.Execute(
            """
            INSERT INTO web_jobs (id, kind, user_name, upload_id, state, request, result, queued_at, finished_at)
            VALUES (@Id, @Kind, @UserName, @UploadId, @State, @Request, @Result, @QueuedAt, @FinishedAt)
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, result = excluded.result, finished_at = excluded.finished_at
            """,
            new
            {
                job.Id,
                job.Kind,
                job.UserName,
                job.UploadId,
                job.State,
                job.Request,
                job.Result,
                QueuedAt = Format(job.QueuedAt),
                FinishedAt = job.FinishedAt is { } at ? Format(at) : null,
            });
    }

    /// <summary>The job with this id, or null.</summary>
    public WebJobRecord? Find(string id)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<Row>(Select + " WHERE id = @Id", new { Id = id })?.ToRecord();
    }

    /// <summary>Jobs not in one of <paramref name="endStates"/>, oldest first: those a restart must queue again.</summary>
    public IReadOnlyList<WebJobRecord> Unfinished(IReadOnlyCollection<string> endStates)
    {
        using var connection = connections.Open();
        return connection.Query<Row>(Select + " WHERE state NOT IN @End ORDER BY queued_at, id", new { End = endStates }).Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Every job that reads upload <paramref name="uploadId"/>.</summary>
    public IReadOnlyList<WebJobRecord> ForUpload(string uploadId)
    {
        using var connection = connections.Open();
        return connection.Query<Row>(Select + " WHERE upload_id = @Upload ORDER BY queued_at, id", new { Upload = uploadId }).Select(r => r.ToRecord()).ToList();
    }

    private static string Format(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private const string Select =
        "SELECT id AS Id, kind AS Kind, user_name AS UserName, upload_id AS UploadId, state AS State, request AS Request, result AS Result, queued_at AS QueuedAt, finished_at AS FinishedAt FROM web_jobs";

    private sealed record Row(string Id, string Kind, string UserName, string? UploadId, string State, string Request, string? Result, string QueuedAt, string? FinishedAt)
    {
        public WebJobRecord ToRecord() => new(Id, Kind, UserName, UploadId, State, Request, Result,
            DateTimeOffset.Parse(QueuedAt, CultureInfo.InvariantCulture),
            FinishedAt is null ? null : DateTimeOffset.Parse(FinishedAt, CultureInfo.InvariantCulture));
    }
}
