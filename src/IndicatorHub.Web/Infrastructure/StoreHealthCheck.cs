using Dapper;
using IndicatorHub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>Healthy when the database opens and answers a query against the schema.</summary>
internal sealed class StoreHealthCheck(IndicatorStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = store.Connections.Open();
            var version = connection.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
            return Task.FromResult(HealthCheckResult.Healthy($"schema version {version}"));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the database cannot be read", e));
        }
    }
}
