using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats;

public class FormatSniffTests
{
    [TestCase("kolada", "v3_data_N00945_page1.json", ImportFormat.KoladaJson)]
    [TestCase("kolada", "v2_data_N01951_1994.json", ImportFormat.KoladaJson)]
    [TestCase("kolada", "v3_kpi_health_subset.json", ImportFormat.KoladaJson)]
    [TestCase("kolada", "v2_kpi_N00923_N01951.json", ImportFormat.KoladaJson)]
    [TestCase("kolada", "v3_municipality.json", ImportFormat.KoladaJson)]
    [TestCase("kolada", "v3_municipality_groups_kommungrupp.json", ImportFormat.KoladaJson)]
    [TestCase("kolada", "v2_flat_N01951_invanare_totalt_by_geo_year.csv", ImportFormat.KoladaCsv)]
    [TestCase("kolada", "v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv", ImportFormat.KoladaCsv)]
    [TestCase("kolada", "v2_flat_N00923_medellivslangd_man_by_geo_year.csv", ImportFormat.KoladaCsv)]
    [TestCase("kolada", "v2_flat_U01405_sjalvskattad_halsa_by_geo_gender_year.csv", ImportFormat.KoladaCsv)]
    [TestCase("kolada", "v3_values_simplified_from_rKolada.csv", ImportFormat.KoladaCsv)]
    [TestCase("kolada", "kolada_web_export_wide_N01951_N00923.csv", ImportFormat.KoladaCsv)]
    [TestCase("longcsv", "longcsv_export_N01951_by_sex.csv", ImportFormat.LongCsv)]
    [TestCase("heat", "heatplus_v6_template_example_IDN2017_anc1_by_region.csv", ImportFormat.HeatCsv)]
    [TestCase("heat", "heat_template_from_healthequal_ordered_multipleind.csv", ImportFormat.HeatCsv)]
    public void The_first_parser_that_says_yes_is_the_right_one(string folder, string file, ImportFormat expected) =>
        Assert.That(FormatFixtures.Detect(FormatFixtures.File(folder, file)), Is.EqualTo(expected));

    [Test]
    public void An_analysts_file_is_claimed_by_no_parser_without_a_mapping() =>
        Assert.That(FormatFixtures.Detect(FormatFixtures.File("longcsv", "longcsv_analyst_semicolon_mapped.csv")), Is.Null);

    [Test]
    public void Json_stat_is_not_taken_for_Kolada()
    {
        var source = FormatFixtures.Text("px.json", "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\"],\"value\":[1,2]}");
        Assert.That(FormatFixtures.Detect(source), Is.Null);
    }
}
