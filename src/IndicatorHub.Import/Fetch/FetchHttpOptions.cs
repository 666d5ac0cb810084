namespace IndicatorHub.Import.Fetch;

/// <summary>
/// Resilience and limits shared by the fetchers, bound from configuration (Fetch:Kolada:…, Fetch:PxWeb:…). The
/// defaults are meant for the real APIs; tests shorten them.
/// </summary>
public abstract class FetchHttpOptions
{
    /// <summary>The API's root, e.g. https://api.kolada.se/v3.</summary>
    public abstract Uri BaseUrl { get; set; }

    /// <summary>How long one try may take, body included, before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request may take with all its retries and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries after the first try, on 5xx, 408, 429, timeouts and broken connections.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first backoff; it doubles per retry, with jitter. A Retry-After header takes precedence.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No backoff is longer than this.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of failed tries within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The circuit opens only after at least this many tries in the sampling window.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window over which the failure ratio is measured.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit refuses requests.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Client-side rate limit: requests started per second (a token bucket).</summary>
    public int RequestsPerSecond { get; set; } = 5;

    /// <summary>Requests that may wait for the rate limiter before one is refused.</summary>
    public int RateLimitQueue { get; set; } = 1000;

    /// <summary>The largest response body accepted, in bytes.</summary>
    public long MaxResponseBytes { get; set; } = 256L * 1024 * 1024;
}
