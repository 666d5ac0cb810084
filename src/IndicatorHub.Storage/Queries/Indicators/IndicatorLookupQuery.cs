using Dapper;
using IndicatorHub.Core.Indicators;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Indicators;

/// <summary>One indicator by its id (exact).</summary>
public static class IndicatorLookupQuery
{
    /// <summary>The indicator with id <paramref name="id"/>, or null.</summary>
    public static Indicator? Run(SqliteConnection connection, string id) =>
        connection.QuerySingleOrDefault<IndicatorRow>($"SELECT {IndicatorRow.Columns} FROM indicators WHERE code = @Code", new { Code = id })
            ?.ToIndicator();
}
