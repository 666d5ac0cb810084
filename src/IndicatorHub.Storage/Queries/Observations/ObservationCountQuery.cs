using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Observations;

/// <summary>How many observations the store holds.</summary>
public static class ObservationCountQuery
{
    /// <summary>Runs the query on an open connection.</summary>
    public static long Run(SqliteConnection connection) => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observations");
}
