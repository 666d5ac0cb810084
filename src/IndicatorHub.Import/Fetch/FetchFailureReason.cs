namespace IndicatorHub.Import.Fetch;

/// <summary>Why a fetch stopped without storing anything. Front ends word these; the library never does.</summary>
public enum FetchFailureReason
{
    /// <summary>The request names nothing to fetch (no KPI, no table, an empty selection).</summary>
    NothingRequested,

    /// <summary>A Kolada data fetch names KPIs but neither municipalities nor years; the API needs one of them.</summary>
    MunicipalityOrYearRequired,

    /// <summary>An id or code holds characters that cannot stand in a URL path segment.</summary>
    InvalidId,

    /// <summary>The server kept answering with an error status (after the retries); <see cref="FetchFailure.StatusCode"/> says which.</summary>
    HttpStatus,

    /// <summary>The server did not answer within the per-try timeout on every try, or the whole fetch ran past its total timeout.</summary>
    Timeout,

    /// <summary>The connection failed or was reset on every try.</summary>
    ConnectionFailed,

    /// <summary>Too many recent failures opened the circuit breaker; no request was sent.</summary>
    CircuitOpen,

    /// <summary>The client-side rate limiter's queue was full.</summary>
    RateLimited,

    /// <summary>A response was not complete, well-formed JSON (cut off, or not JSON at all).</summary>
    InvalidJson,

    /// <summary>A Kolada next_url pointed at a page this fetch had already read.</summary>
    PagingLoop,

    /// <summary>A next_url chain went on past the configured page limit.</summary>
    PageLimitExceeded,

    /// <summary>A next_url pointed at another server than the one asked.</summary>
    ForeignNextUrl,

    /// <summary>The Kolada KPI group does not exist or has no members.</summary>
    KpiGroupNotFound,

    /// <summary>The pages were fetched, but the importer rejected them; <see cref="FetchResult.Import"/> holds the errors.</summary>
    ImportRejected,

    /// <summary>The caller cancelled the fetch.</summary>
    Cancelled,
}
