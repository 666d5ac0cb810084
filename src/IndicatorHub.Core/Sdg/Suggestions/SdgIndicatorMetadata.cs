namespace IndicatorHub.Core.Sdg;

/// <summary>The indicator texts the suggester reads (Kolada: title, description, operating_area).</summary>
/// <param name="Id">Indicator id, e.g. "U01402".</param>
/// <param name="Title">Title, e.g. "Invånare 16-84 år som röker dagligen, andel (%)".</param>
/// <param name="Description">Longer description, if any.</param>
/// <param name="OperatingArea">Kolada operating area (verksamhetsområde), e.g. "Hälso- och sjukvård".</param>
public sealed record SdgIndicatorMetadata(string Id, string Title, string? Description = null, string? OperatingArea = null);
