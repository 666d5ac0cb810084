using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Audit;

/// <summary>One audit entry: who did what, when, about which batch.</summary>
public sealed record AuditLogRow(long Id, string At, string UserName, string Action, long? BatchId, string? Detail);

/// <summary>The audit log, newest first, for /admin/audit.</summary>
public static class AuditLogQuery
{
    /// <summary>At most <paramref name="limit"/> entries, newest first.</summary>
    public static IReadOnlyList<AuditLogRow> Run(SqliteConnection connection, int limit = 500) =>
        connection.Query<AuditLogRow>(
                "SELECT id AS Id, at AS At, user_name AS UserName, action AS Action, batch_id AS BatchId, detail AS Detail FROM audit_log ORDER BY id DESC LIMIT @Limit",
                new { Limit = limit })
            .ToList();
}
