using IndicatorHub.Core.Areas;

namespace IndicatorHub.Storage.Queries.Areas;

/// <summary>The areas table's columns as the area queries select them.</summary>
internal sealed record AreaRow(string Code, string KoladaId, string Name, string Kind, string? CountyCode, string? GroupId, string? GroupTitle)
{
    internal const string Columns = """
        a.code, a.kolada_id AS KoladaId, a.name, a.kind, a.county_code AS CountyCode,
        a.municipality_group_id AS GroupId, a.municipality_group_title AS GroupTitle
        """;

    internal Area ToArea() => new(Code, KoladaId, Name, AreaKinds.FromText(Kind), CountyCode)
    {
        MunicipalityGroupId = GroupId,
        MunicipalityGroupTitle = GroupTitle,
    };
}
