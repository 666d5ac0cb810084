using Dapper;
using IndicatorHub.Core.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Queries.Profiles;

/// <summary>An area with what its profile compares it with: riket, its county and its kommungrupp.</summary>
/// <param name="Key">Database id (observations.area_id).</param>
/// <param name="CountryKey">Riket's database id.</param>
/// <param name="CountyKey">The county's (region's) database id, for a municipality.</param>
/// <param name="CountyName">The county's name.</param>
public sealed record ProfileArea(
    long Key,
    string Code,
    string KoladaId,
    string Name,
    AreaKind Kind,
    string? CountyCode,
    long? CountyKey,
    string? CountyName,
    string? GroupId,
    string? GroupTitle,
    long? CountryKey);

/// <summary>Resolves an SCB code, Kolada id or name through the area directory (area_aliases).</summary>
public static class ProfileAreaQuery
{
    /// <summary>The area <paramref name="codeOrName"/> names, or null.</summary>
    public static ProfileArea? Run(SqliteConnection connection, string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (string.IsNullOrWhiteSpace(codeOrName) || codeOrName.Length > 200)
        {
            return null;
        }

        var row = connection.QuerySingleOrDefault<Row>(
            """
            SELECT a.id AS Key, a.code AS Code, a.kolada_id AS KoladaId, a.name AS Name, a.kind AS Kind, a.county_code AS CountyCode,
                   c.id AS CountyKey, c.name AS CountyName, a.municipality_group_id AS GroupId, a.municipality_group_title AS GroupTitle,
                   (SELECT id FROM areas WHERE kind = 'country') AS CountryKey
            FROM area_aliases x
            JOIN areas a ON a.id = x.area_id
            LEFT JOIN areas c ON c.code = a.county_code AND c.kind = 'region'
            WHERE x.alias = @Alias
            """,
            new { Alias = AreaKinds.AliasKey(codeOrName) });
        return row is null
            ? null
            : new ProfileArea(row.Key, row.Code, row.KoladaId, row.Name, AreaKinds.FromText(row.Kind), row.CountyCode, row.CountyKey, row.CountyName, row.GroupId, row.GroupTitle, row.CountryKey);
    }

    private sealed record Row(long Key, string Code, string KoladaId, string Name, string Kind, string? CountyCode, long? CountyKey, string? CountyName, string? GroupId, string? GroupTitle, long? CountryKey);
}
