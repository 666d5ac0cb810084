namespace IndicatorHub.Import.Formats.Kolada;

/// <summary>The layouts of Kolada CSV that <see cref="KoladaCsvParser"/> reads.</summary>
public enum KoladaCsvShape
{
    /// <summary>Not a Kolada CSV.</summary>
    None,

    /// <summary>
    /// The flat long form, one value per row: <c>geo,year,&lt;kpi&gt;</c> (gender T) or
    /// <c>geo,year,gender,&lt;kpi&gt;</c>; the KPI id is the value column's header.
    /// </summary>
    Flat,

    /// <summary>
    /// The Kolada web export: Område, Kön, Nyckeltalsid, Nyckeltal, Nyckeltalsbeskrivning, then one column per year.
    /// </summary>
    Wide,

    /// <summary>
    /// A table of API data values with named columns, as rKolada's <c>get_values()</c> writes it:
    /// kpi, municipality_id (or municipality), year (or period), gender, value and optionally status and count.
    /// </summary>
    Values,

    /// <summary>
    /// KPI metadata, one KPI per row: the API's /kpi objects flattened to CSV, with v3 field names
    /// (id, title, description, is_divided_by_gender, operating_area, …) or v2 ones as open-numbers' dump writes
    /// them (concept, name, description, is_divided_by_gender, operating_area, …).
    /// </summary>
    KpiMetadata,
}
