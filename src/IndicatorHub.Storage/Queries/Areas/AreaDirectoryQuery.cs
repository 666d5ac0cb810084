using Dapper;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Areas;

/// <summary>Every alias with its area's database id and SCB code, for resolving imported rows and network files.</summary>
public static class AreaDirectoryQuery
{
    /// <summary>Runs the query on an open connection.</summary>
    public static AreaDirectory Run(SqliteConnection connection)
    {
        var rows = connection.Query<(string Alias, long Id, string Code)>(
            "SELECT x.alias, a.id, a.code FROM area_aliases x JOIN areas a ON a.id = x.area_id");
        return new AreaDirectory(rows.Select(r => (r.Alias, r.Id, r.Code)));
    }
}
