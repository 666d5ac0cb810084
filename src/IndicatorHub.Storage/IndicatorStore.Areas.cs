using Dapper;
using IndicatorHub.Core.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>Every area, country first, then regions and municipalities by code.</summary>
    public IReadOnlyList<Area> GetAreas()
    {
        using var connection = _connections.Open();
        return connection.Query<AreaRecord>(
                """
                SELECT code, kolada_id AS KoladaId, name, kind, county_code AS CountyCode,
                       municipality_group_id AS GroupId, municipality_group_title AS GroupTitle
                FROM areas
                ORDER BY CASE kind WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'municipality' THEN 2 ELSE 3 END, code
                """)
            .Select(r => r.ToArea())
            .ToList();
    }

    /// <summary>The area with SCB code or Kolada id or name <paramref name="codeOrName"/>, if any.</summary>
    public Area? FindArea(string codeOrName)
    {
        using var connection = _connections.Open();
        return connection.QuerySingleOrDefault<AreaRecord>(
            """
            SELECT a.code, a.kolada_id AS KoladaId, a.name, a.kind, a.county_code AS CountyCode,
                   a.municipality_group_id AS GroupId, a.municipality_group_title AS GroupTitle
            FROM area_aliases x JOIN areas a ON a.id = x.area_id
            WHERE x.alias = @Alias
            """,
            new { Alias = AreaKinds.AliasKey(codeOrName) })?.ToArea();
    }

    /// <summary>Every alias with its area's database id and SCB code, for resolving imported rows.</summary>
    public AreaDirectory LoadAreaDirectory()
    {
        using var connection = _connections.Open();
        return LoadAreaDirectory(connection);
    }

    internal static AreaDirectory LoadAreaDirectory(SqliteConnection connection)
    {
        var rows = connection.Query<(string Alias, long Id, string Code)>(
            "SELECT x.alias, a.id, a.code FROM area_aliases x JOIN areas a ON a.id = x.area_id");
        return new AreaDirectory(rows.Select(r => (r.Alias, r.Id, r.Code)));
    }

    private sealed record AreaRecord(string Code, string KoladaId, string Name, string Kind, string? CountyCode, string? GroupId, string? GroupTitle)
    {
        public Area ToArea() => new(Code, KoladaId, Name, AreaKinds.FromText(Kind), CountyCode)
        {
            MunicipalityGroupId = GroupId,
            MunicipalityGroupTitle = GroupTitle,
        };
    }
}
