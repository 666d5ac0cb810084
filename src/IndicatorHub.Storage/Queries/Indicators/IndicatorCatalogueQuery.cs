using Dapper;
using IndicatorHub.Core.Indicators;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Indicators;

/// <summary>Every indicator the store holds, by id: for the CLI's list and for lookups by id in memory.</summary>
public static class IndicatorCatalogueQuery
{
    /// <summary>Runs the query on an open connection.</summary>
    public static IReadOnlyList<Indicator> Run(SqliteConnection connection) =>
        connection.Query<IndicatorRow>($"SELECT {IndicatorRow.Columns} FROM indicators ORDER BY code")
            .Select(r => r.ToIndicator())
            .ToList();
}
