using IndicatorHub.Core.Areas;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Observations;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Areas;

namespace IndicatorHub.Import.Tests.Pipeline;

/// <summary>Each format, detected and imported from a real (or faithfully built) file into the store.</summary>
public class ImportServiceRealFileTests
{
    [Test]
    public void Kolada_flat_csv_stores_every_value_and_counts_empty_cells_without_storing_them()
    {
        using var h = new PipelineHarness();

        var result = h.ImportFile("kolada", "v2_flat_N01951_invanare_totalt_by_geo_year.csv");

        // 9 048 data rows; 12 have an empty value cell (Knivsta 1994–2001 and Nykvarn 1994–1997, before they existed).
        Assert.That(result.Format, Is.EqualTo(ImportFormat.KoladaCsv));
        Assert.That((result.Summary.Outcome, result.Summary.RowsRead, result.Summary.RowsStored, result.Summary.RowsEmpty, result.Summary.RowsChanged),
            Is.EqualTo((ImportOutcome.Stored, 9048L, 9036L, 12L, 9036L)));
        var knivsta = h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N01951", "0330")).ToList()).ToList();
        Assert.That(knivsta.Select(o => o.Period).Min(), Is.EqualTo("2002"), "Knivsta's empty cells before 2002 are no rows");
        Assert.That(knivsta.Select(o => o.Value), Has.None.Null, "an empty cell is never a zero either");
        var riket2022 = h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N01951", "00")).ToList()).Single(o => o.Period == "2022");
        Assert.That(riket2022.Value, Is.EqualTo(10_521_556), "Kolada's 0000 is stored under SCB's 00");
    }

    [Test]
    public void Kolada_metadata_then_data_gives_titled_indicators()
    {
        using var h = new PipelineHarness();

        var metadata = h.ImportFile("kolada", "v3_kpi_health_subset.json");
        var data = h.ImportFile("kolada", "v3_data_N00945_page1.json");

        Assert.That(metadata.Format, Is.EqualTo(ImportFormat.KoladaJson));
        Assert.That((metadata.Stored, data.Stored), Is.EqualTo((true, true)), string.Join('\n', data.Summary.Errors));
        Assert.That(h.Store.Read(c => IndicatorLookupQuery.Run(c, "N00923"))!.Title, Is.EqualTo("Medellivslängd män, år"));
        Assert.That(data.Summary.RowsStored, Is.GreaterThan(0));
    }

    [Test]
    public void Kolada_municipality_groups_update_the_areas()
    {
        using var h = new PipelineHarness();

        var result = h.ImportFile("kolada", "v3_municipality_groups_kommungrupp.json");

        Assert.That(result.Stored, Is.True, string.Join('\n', result.Summary.Errors));
        Assert.That(h.Store.Read(c => AreaLookupQuery.Run(c, "Göteborg"))!.MunicipalityGroupId, Is.EqualTo("G92787"));
    }

    [Test]
    public void Kolada_web_export_resolves_areas_by_name()
    {
        using var h = new PipelineHarness();

        var result = h.ImportFile("kolada", "kolada_web_export_wide_N01951_N00923.csv");

        Assert.That(result.Stored, Is.True, string.Join('\n', result.Summary.Errors));
        var riket = h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N01951", AreaLookupQuery.Run(c, "Riket")!.Code)).ToList()).Where(o => o.Period == "2022").ToList();
        Assert.That(riket.Select(o => (o.Subgroup, o.Value)), Is.EquivalentTo(new (string, double?)[] { ("total", 10521556), ("female", 5223232), ("male", 5298324) }));
    }

    [Test]
    public void Scb_csv_needs_an_indicator_id_and_then_stores_by_sex()
    {
        using var h = new PipelineHarness();

        var without = h.ImportFile("scb", "scb_folkmangd_kon_2001-2003_utf8bom_comma.csv");
        var with = h.ImportFile("scb", "scb_folkmangd_kon_2001-2003_utf8bom_comma.csv", options: new ParseOptions { IndicatorId = "N01951" });

        Assert.That(without.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(without.Summary.Errors[0].Reason, Does.Contain("names no indicator"));
        Assert.That(with.Format, Is.EqualTo(ImportFormat.ScbCsv));
        Assert.That(with.Stored, Is.True, string.Join('\n', with.Summary.Errors));
        Assert.That(h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N01951", Dimension: "sex")).ToList()).Count, Is.EqualTo(with.Summary.RowsStored));
    }

    [Test]
    public void Scb_csv_in_windows_1252_with_decimal_commas_is_read_right()
    {
        using var h = new PipelineHarness();

        var result = h.ImportFile("scb", "scb_medellivslangd_kvinnor_2013-2016_cp1252_semicolon_decimalcomma.csv", options: new ParseOptions { IndicatorId = "N00925" });

        Assert.That(result.Stored, Is.True, string.Join('\n', result.Summary.Errors));
        Assert.That(h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N00925")).ToList()).All(o => o.Value is null or > 70 and < 90), Is.True,
            "life expectancy in years, so the decimal comma was not read as a thousands separator");
    }

    [Test]
    public void PxWeb_json_stat_and_PC_Axis_import_with_their_own_table_ids()
    {
        using var h = new PipelineHarness();

        var json = h.ImportFile("pxweb", "pxweb2_TAB6471_data.json");
        var px = h.ImportFile("px", "BE0101N1_TAB638_subset.px");

        Assert.That((json.Format, px.Format), Is.EqualTo((ImportFormat.PxWebJson, ImportFormat.Px)));
        Assert.That((json.Stored, px.Stored), Is.EqualTo((true, true)), string.Join('\n', json.Summary.Errors.Concat(px.Summary.Errors)));
        Assert.That(json.Summary.RowsStored, Is.EqualTo(21 * 11 * 3 * 4));
        Assert.That(h.Store.Read(IndicatorCatalogueQuery.Run).Select(i => i.NeedsMetadata), Is.All.False, "both formats carry titles");
    }

    [Test]
    public void Heat_plus_template_from_WHO_loads_with_its_setting_outside_Sweden()
    {
        using var h = new PipelineHarness();

        var result = h.ImportFile("heat", "heatplus_v6_template_example_IDN2017_anc1_by_region.csv");

        Assert.That(result.Format, Is.EqualTo(ImportFormat.HeatCsv));
        Assert.That(result.Stored, Is.True, string.Join('\n', result.Summary.Errors));
        Assert.That(h.Store.Read(c => AreaLookupQuery.Run(c, "IDN"))!.Kind, Is.EqualTo(AreaKind.Other));
        Assert.That(h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("anc1", AreaLookupQuery.Run(c, "IDN")!.Code)).ToList()).Count, Is.EqualTo(34 + 1), "34 regions and the setting average");
        Assert.That(h.Store.Read(c => IndicatorLookupQuery.Run(c, "anc1")), Has.Property("HigherIsBetter").True.And.Property("Scale").EqualTo(100));
    }

    [Test]
    public void Long_csv_export_file_imports_as_is()
    {
        using var h = new PipelineHarness();

        var result = h.ImportFile("longcsv", "longcsv_export_N01951_by_sex.csv");

        Assert.That(result.Format, Is.EqualTo(ImportFormat.LongCsv));
        Assert.That(result.Summary, Has.Property("Outcome").EqualTo(ImportOutcome.Stored).And.Property("RowsStored").EqualTo(18));
    }
}
