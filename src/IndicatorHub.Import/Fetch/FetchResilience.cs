using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace IndicatorHub.Import.Fetch;

/// <summary>
/// The fetchers' resilience pipeline, outermost first as Microsoft's standard handler orders it: a client-side
/// rate limiter, the total timeout, retries (exponential backoff with jitter on 5xx, 408, 429 and broken
/// connections, honouring Retry-After), a circuit breaker, and the per-try timeout.
/// </summary>
internal static class FetchResilience
{
    internal static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, FetchHttpOptions options)
    {
        var permits = Math.Max(1, options.RequestsPerSecond);
        builder
            .AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = permits,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = Math.Max(0, options.RateLimitQueue),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }))
            .AddTimeout(options.TotalTimeout);

        // Polly's retry needs at least one retry; MaxRetryAttempts 0 means "no retries", so no retry strategy.
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldRetryAfterHeader = true,
            });
        }

        builder
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = Math.Max(2, options.CircuitBreakerMinimumThroughput),
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
