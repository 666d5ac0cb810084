namespace IndicatorHub.Core.Areas;

/// <summary>
/// A geographic unit that observations are reported for. <see cref="Code"/> is SCB's code (00, 01, 0180),
/// the key everything else refers to; <see cref="KoladaId"/> is Kolada's (0000, 0001, 0180).
/// Codes are strings because the leading zeros are significant.
/// </summary>
/// <param name="Code">SCB code: "00" for Sweden, two digits for a region, four for a municipality.</param>
/// <param name="KoladaId">Kolada's id: four digits for every level.</param>
/// <param name="Name">The short Swedish name ("Stockholm", "Stockholms län", "Riket").</param>
/// <param name="Kind">The administrative level.</param>
/// <param name="CountyCode">The region a municipality belongs to (two digits); null for others.</param>
public sealed record Area(string Code, string KoladaId, string Name, AreaKind Kind, string? CountyCode = null)
{
    /// <summary>SKR's municipality group (kommungrupp) id, e.g. "G92787", when known.</summary>
    public string? MunicipalityGroupId { get; init; }

    /// <summary>SKR's municipality group title, e.g. "Storstäder".</summary>
    public string? MunicipalityGroupTitle { get; init; }
}
