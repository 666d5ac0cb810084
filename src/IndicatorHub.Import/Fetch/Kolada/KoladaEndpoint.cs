namespace IndicatorHub.Import.Fetch.Kolada;

/// <summary>What a Kolada fetch reads.</summary>
public enum KoladaEndpoint
{
    /// <summary>/data/kpi/{kpi}/municipality/{municipality}/year/{year}: values.</summary>
    Data,

    /// <summary>/kpi: KPI metadata.</summary>
    Kpi,

    /// <summary>/municipality: municipalities and regions.</summary>
    Municipality,

    /// <summary>/municipality_groups: groups of municipalities (SKR's kommungrupper among them).</summary>
    MunicipalityGroups,

    /// <summary>/kpi_groups: groups of KPIs (the Agenda 2030 groups among them).</summary>
    KpiGroups,
}
