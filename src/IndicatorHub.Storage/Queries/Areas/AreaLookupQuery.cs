using Dapper;
using IndicatorHub.Core.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Areas;

/// <summary>One area by SCB code, Kolada id or name (any alias the store keeps).</summary>
public static class AreaLookupQuery
{
    /// <summary>The area <paramref name="codeOrName"/> names, or null when none does.</summary>
    public static Area? Run(SqliteConnection connection, string codeOrName) =>
        string.IsNullOrWhiteSpace(codeOrName)
            ? null
            : connection.QuerySingleOrDefault<AreaRow>(
                $"""
                SELECT {AreaRow.Columns}
                FROM area_aliases x JOIN areas a ON a.id = x.area_id
                WHERE x.alias = @Alias
                """,
                new { Alias = AreaKinds.AliasKey(codeOrName) })?.ToArea();
}
