namespace IndicatorHub.Import.Fetch;

/// <summary>Why a fetch failed, and where.</summary>
/// <param name="Reason">What went wrong.</param>
/// <param name="Url">The URL being fetched when it went wrong, when there was one.</param>
/// <param name="StatusCode">The last HTTP status, for <see cref="FetchFailureReason.HttpStatus"/>.</param>
/// <param name="Id">The offending id, for <see cref="FetchFailureReason.InvalidId"/> and <see cref="FetchFailureReason.KpiGroupNotFound"/>.</param>
/// <param name="Limit">The limit passed, for <see cref="FetchFailureReason.PageLimitExceeded"/>.</param>
public sealed record FetchFailure(FetchFailureReason Reason, string? Url = null, int? StatusCode = null, string? Id = null, int? Limit = null);
