using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// Healthy when the pages can be served: the database opens, every table the pages read answers, and quick_check
/// (cached briefly) finds no damage. A file damaged under the running app turns this 503 within that time.
/// </summary>
internal sealed class StoreHealthCheck(StoreAvailability availability) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var fault = availability.Probe();
        return Task.FromResult(fault is null
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"the database cannot serve the pages: {fault.Fault}", fault));
    }
}
