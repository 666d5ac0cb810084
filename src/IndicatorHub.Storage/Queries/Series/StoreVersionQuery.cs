using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Series;

/// <summary>
/// A version of everything the JSON API reads, in one statement: the highest import batch (values and metadata
/// change only through batches, see <see cref="InputVersionQuery"/>), and the SDG mappings and networks, which
/// analysts change without a batch (their highest id, count and last update). Any change gives a new text.
/// </summary>
public static class StoreVersionQuery
{
    /// <summary>The version text.</summary>
    public static string Run(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteScalar<string>(
            """
            SELECT (SELECT COALESCE(MAX(id), 0) FROM import_batches)
                || '.' || (SELECT COALESCE(MAX(id), 0) || '-' || COUNT(*) FROM sdg_mappings)
                || '.' || (SELECT COALESCE(MAX(updated_at), '') || '-' || COUNT(*) FROM networks)
                || '.' || (SELECT COUNT(*) FROM network_members)
            """) ?? "0";
    }
}
