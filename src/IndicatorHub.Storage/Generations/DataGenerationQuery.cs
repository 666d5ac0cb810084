using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Generations;

/// <summary>
/// The store's data generation (migration 12): a number that every import, rollback and SDG mapping change moves
/// on in its own transaction, so two reads that see the same generation see the same data.
/// </summary>
public static class DataGenerationQuery
{
    /// <summary>The generation the connection sees now.</summary>
    public static long Current(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteScalar<long?>("SELECT generation FROM data_generation WHERE id = 1") ?? 0;
    }
}
