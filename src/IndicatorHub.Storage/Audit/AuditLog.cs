using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Audit;

/// <summary>Writes audit entries inside the transaction of the change they record, so neither exists without the other.</summary>
public static class AuditLog
{
    /// <summary>Records that <paramref name="user"/> did <paramref name="action"/>, about a batch or with a detail.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction? transaction, TimeProvider clock, string user, AuditAction action, long? batchId, string? detail) =>
        connection.Execute(
            "INSERT INTO audit_log (at, user_name, action, batch_id, detail) VALUES (@At, @User, @Action, @BatchId, @Detail)",
            new { At = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), User = user, Action = action.ToString(), BatchId = batchId, Detail = detail },
            transaction);

    /// <summary>Records one entry in its own transaction.</summary>
    public static void Write(SqliteConnectionFactory connections, TimeProvider clock, string user, AuditAction action, long? batchId, string? detail)
    {
        using var connection = connections.Open();
        Write(connection, null, clock, user, action, batchId, detail);
    }
}
