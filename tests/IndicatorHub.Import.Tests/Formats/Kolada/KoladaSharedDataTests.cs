using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.Kolada;

/// <summary>
/// Every flat Kolada file in samples/kolada (byte-for-byte copies of shared/realdata/kolada-values) parses without a
/// problem, and the rows and empty values match the table in that folder's README.
/// </summary>
public class KoladaSharedDataTests
{
    [TestCase("v2_flat_N01951_invanare_totalt_by_geo_year.csv", 9048, 12)]
    [TestCase("v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv", 18096, 24)]
    [TestCase("v2_flat_N00925_medellivslangd_kvinnor_by_geo_year.csv", 7161, 3)]
    [TestCase("v2_flat_N66077_barn_0_19_lag_ekonomisk_standard_by_geo_year.csv", 3744, 0)]
    [TestCase("v2_flat_U01402_roker_dagligen_by_geo_year.csv", 4649, 1416)]
    [TestCase("v2_flat_U01402_roker_dagligen_by_geo_gender_year.csv", 8718, 2446)]
    [TestCase("v2_flat_U01411_fetma_by_geo_year.csv", 4649, 1417)]
    [TestCase("v2_flat_U01411_fetma_by_geo_gender_year.csv", 8655, 2455)]
    [TestCase("v2_flat_N03920_arbetsloshet_18_65_by_geo_gender_year.csv", 8100, 0)]
    [TestCase("v2_flat_N01982_eftergymnasial_25_64_by_geo_year.csv", 6998, 0)]
    [TestCase("v2_flat_N65870_valdeltagande_inkomstkvintil1_by_geo_year.csv", 1560, 3)]
    [TestCase("v2_flat_N65874_valdeltagande_inkomstkvintil5_by_geo_gender_year.csv", 3120, 6)]
    [TestCase("v2_flat_U65864_valdeltagande_eftergymnasial_by_geo_year.csv", 1560, 3)]
    [TestCase("v2_flat_N05401_valdeltagande_kommunval_by_geo_year.csv", 9032, 15)]
    [TestCase("v2_flat_N05401_valdeltagande_kommunval_by_geo_gender_year.csv", 3120, 6)]
    public void A_shared_file_matches_the_README(string file, int rows, int empty)
    {
        var path = Path.Combine(FormatFixtures.KoladaSamples(), file);
        var items = new KoladaCsvParser().Parse(ImportSource.FromFile(path), new ParseOptions()).ToList();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(items.Observations(), Has.Count.EqualTo(rows));
        Assert.That(items.Observations().Count(o => o.Value is null), Is.EqualTo(empty));
    }

    [Test]
    public void Every_shared_Kolada_values_file_is_detected_and_parses()
    {
        var folder = FormatFixtures.KoladaSamples();
        foreach (var path in Directory.GetFiles(folder, "*.csv"))
        {
            var source = ImportSource.FromFile(path);
            Assert.That(FormatFixtures.Detect(source), Is.EqualTo(ImportFormat.KoladaCsv), path);
            Assert.That(new KoladaCsvParser().Parse(source, new ParseOptions()).OfType<ParseProblem>(), Is.Empty, path);
        }
    }

    [Test]
    public void Riket_turnout_by_income_quintile_in_2018_is_as_the_README_lists_it()
    {
        var folder = FormatFixtures.KoladaSamples();
        var expected = new[] { 75.0, 82, 87, 91, 95 };
        for (var q = 0; q < 5; q++)
        {
            var file = Directory.GetFiles(folder, $"v2_flat_N6587{q}_*_by_geo_year.csv").Single();
            var riket = new KoladaCsvParser().Parse(ImportSource.FromFile(file), new ParseOptions()).Observations()
                .Single(o => o.Area == "0000" && o.Period == "2018");
            Assert.That(riket.Value, Is.EqualTo(expected[q]), file);
        }
    }
}
