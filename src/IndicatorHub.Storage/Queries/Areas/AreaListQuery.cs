using Dapper;
using IndicatorHub.Core.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Areas;

/// <summary>Every area the store knows: the country first, then regions and municipalities by code.</summary>
public static class AreaListQuery
{
    /// <summary>Runs the query on an open connection.</summary>
    public static IReadOnlyList<Area> Run(SqliteConnection connection) =>
        connection.Query<AreaRow>(
                $"""
                SELECT {AreaRow.Columns}
                FROM areas a
                ORDER BY CASE a.kind WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'municipality' THEN 2 ELSE 3 END, a.code
                """)
            .Select(r => r.ToArea())
            .ToList();
}
