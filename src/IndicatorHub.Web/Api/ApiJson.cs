using IndicatorHub.Core.Areas;
using IndicatorHub.Storage;

namespace IndicatorHub.Web.Api;

/// <summary>An area as the API writes it.</summary>
/// <param name="Code">SCB code: 00, two digits for a region, four for a municipality.</param>
/// <param name="Kind">country, region, municipality or other.</param>
public sealed record AreaJson(string Code, string KoladaId, string Name, string Kind, string? CountyCode, string? MunicipalityGroupId, string? MunicipalityGroupTitle)
{
    /// <summary>The area's fields.</summary>
    public static AreaJson From(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new(area.Code, area.KoladaId, area.Name, AreaKinds.ToText(area.Kind), area.CountyCode, area.MunicipalityGroupId, area.MunicipalityGroupTitle);
    }
}
