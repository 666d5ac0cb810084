using System.Globalization;
using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Storage.ReferenceData;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>
/// Seeds Sweden, its 21 regions and 290 municipalities with both code systems, their names, county and SKR
/// municipality group, and every alias an importer may meet (data/reference/README.md names the sources).
/// </summary>
internal sealed class ReferenceAreasMigration : IMigration
{
    private const string GroupSuffix = " (ovägt medel)";

    public int Version => 2;

    public string Name => "reference areas";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        var koladaRegionTitles = ReferenceCsv.Read("kolada_municipality.csv")
            .Where(r => r["type"] == "L")
            .ToDictionary(r => AreaCodes.FromKolada(r["id"]), r => r["title"], StringComparer.Ordinal);
        var groups = ReferenceCsv.Read("kolada_kommungrupp.csv")
            .ToDictionary(r => r["member_id"], r => (Id: r["group_id"], Title: TrimGroupTitle(r["group_title"])), StringComparer.Ordinal);

        var areas = new List<(Area Area, string[] Aliases)>
        {
            (new Area(AreaCodes.Sweden, AreaCodes.KoladaSweden, "Riket", AreaKind.Country), ["Riket", "Hela riket", "Sverige", "Sweden", "SWE"]),
        };
        foreach (var county in ReferenceCsv.Read("counties.csv"))
        {
            var code = county["county_code"];
            var aliases = new List<string> { county["county_name"] };
            if (koladaRegionTitles.TryGetValue(code, out var koladaTitle))
            {
                aliases.Add(koladaTitle);
            }

            areas.Add((new Area(code, AreaCodes.ToKolada(code), county["county_name"], AreaKind.Region, code), [.. aliases]));
        }

        foreach (var municipality in ReferenceCsv.Read("municipality_county.csv"))
        {
            var code = municipality["municipality_code"];
            var area = new Area(code, AreaCodes.ToKolada(code), municipality["municipality_name_short"], AreaKind.Municipality, municipality["county_code"]);
            if (groups.TryGetValue(code, out var group))
            {
                area = area with { MunicipalityGroupId = group.Id, MunicipalityGroupTitle = group.Title };
            }

            var oldCodes = AreaCodes.Renumbered.Where(p => p.Value == code).Select(p => p.Key);
            areas.Add((area, [municipality["municipality_name"], .. oldCodes]));
        }

        foreach (var (area, aliases) in areas)
        {
            var id = connection.ExecuteScalar<long>(
                """
                INSERT INTO areas (code, kolada_id, name, kind, county_code, municipality_group_id, municipality_group_title)
                VALUES (@Code, @KoladaId, @Name, @Kind, @CountyCode, @MunicipalityGroupId, @MunicipalityGroupTitle)
                RETURNING id
                """,
                new
                {
                    area.Code,
                    area.KoladaId,
                    area.Name,
                    Kind = AreaKinds.ToText(area.Kind),
                    area.CountyCode,
                    area.MunicipalityGroupId,
                    area.MunicipalityGroupTitle,
                },
                transaction);
            foreach (var alias in aliases.Prepend(area.Name).Prepend(area.KoladaId).Prepend(area.Code).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                connection.Execute(
                    "INSERT INTO area_aliases (alias, area_id) VALUES (@Alias, @Id) ON CONFLICT (alias) DO NOTHING",
                    new { Alias = AreaKinds.AliasKey(alias), Id = id },
                    transaction);
            }
        }
    }

    private static string TrimGroupTitle(string title) =>
        title.EndsWith(GroupSuffix, StringComparison.Ordinal) ? title[..^GroupSuffix.Length] : title;
}
