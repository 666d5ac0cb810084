using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.Kolada;

public class KoladaCsvParserTests
{
    private static readonly KoladaCsvParser Parser = new();

    private static List<ParsedItem> ParseFile(string file) => FormatFixtures.Parse(Parser, FormatFixtures.File("kolada", file));

    private static List<ParsedItem> Parse(string text) => FormatFixtures.Parse(Parser, FormatFixtures.Text("test.csv", text));

    [Test]
    public void N01951_by_geo_year_has_the_rows_and_empty_values_the_README_counts()
    {
        var items = ParseFile("v2_flat_N01951_invanare_totalt_by_geo_year.csv");
        var observations = items.Observations();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations, Has.Count.EqualTo(9048));
        Assert.That(observations.Count(o => o.Value is null), Is.EqualTo(12));
        Assert.That(observations.Select(o => (o.IndicatorId, o.Dimension, o.Subgroup)).Distinct(), Is.EqualTo(new[] { ("N01951", "total", "total") }));

        var first = observations[0];
        Assert.That((first.Area, first.Period, first.Value), Is.EqualTo(("0000", "1994", (double?)8816381)));
        Assert.That(first.Position.Line, Is.EqualTo(2));
        Assert.That(observations.Single(o => o.Area == "0000" && o.Period == "2022").Value, Is.EqualTo(10521556));
        Assert.That(observations.Single(o => o.Area == "0180" && o.Period == "2019").Value, Is.EqualTo(974073));
        Assert.That(observations.Single(o => o.Area == "0140" && o.Period == "1994").Value, Is.Null);
    }

    [Test]
    public void N01951_by_geo_gender_year_maps_K_and_M_to_sex()
    {
        var observations = ParseFile("v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv").Observations();
        Assert.That(observations, Has.Count.EqualTo(18096));
        Assert.That(observations.Count(o => o.Value is null), Is.EqualTo(24));
        var women = observations[0];
        Assert.That((women.Area, women.Period, women.Dimension, women.Subgroup, women.Value), Is.EqualTo(("0000", "1994", "sex", "female", (double?)4460127)));
        var men = observations[1];
        Assert.That((men.Subgroup, men.Value), Is.EqualTo(("male", (double?)4356254)));
    }

    [Test]
    public void N00923_and_U01405_parse_whole()
    {
        var n00923 = ParseFile("v2_flat_N00923_medellivslangd_man_by_geo_year.csv");
        Assert.That(n00923.Problems(), Is.Empty);
        Assert.That(n00923.Observations(), Has.Count.EqualTo(7161));
        Assert.That(n00923.Observations().Single(o => o.Area == "0180" && o.Period == "2020").Value, Is.EqualTo(80.97));

        var u01405 = ParseFile("v2_flat_U01405_sjalvskattad_halsa_by_geo_gender_year.csv");
        Assert.That(u01405.Problems(), Is.Empty);
        Assert.That(u01405.Observations(), Has.Count.EqualTo(8736));
        Assert.That(u01405.Observations()[0], Has.Property("Value").EqualTo(66.0).And.Property("Subgroup").EqualTo("female").And.Property("IndicatorId").EqualTo("U01405"));
    }

    [Test]
    public void The_rKolada_values_table_reads_by_municipality_id()
    {
        var items = ParseFile("v3_values_simplified_from_rKolada.csv");
        var observations = items.Observations();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations, Has.Count.EqualTo(255));
        var first = observations[0];
        Assert.That((first.IndicatorId, first.Area, first.Period, first.Value), Is.EqualTo(("N00945", "0180", "2000", (double?)31.32959689)));
        Assert.That(first.AreaPosition, Is.EqualTo(new SourcePosition(2, 7, "municipality_id")));
        Assert.That(first.Status, Is.Null);
    }

    [Test]
    public void The_web_export_yields_each_KPI_once_and_a_value_per_year_cell()
    {
        var items = ParseFile("kolada_web_export_wide_N01951_N00923.csv");
        Assert.That(items.Problems(), Is.Empty);

        var indicators = items.OfType<ParsedIndicator>().Select(i => i.Indicator).ToList();
        Assert.That(indicators.Select(i => i.Id), Is.EqualTo(new[] { "N01951", "N00923" }));
        Assert.That(indicators[0].Title, Is.EqualTo("Invånare totalt, antal"));
        Assert.That(indicators[0].Description, Is.EqualTo("Antal invånare totalt den 31/12. Källa: SCB."));
        Assert.That(indicators[0].Source, Is.EqualTo("Kolada"));

        var observations = items.Observations();
        Assert.That(observations, Has.Count.EqualTo(16 * 3));
        var women = observations.Single(o => o.Area == "Stockholm" && o.Subgroup == "female" && o.Period == "2022");
        Assert.That(women.Value, Is.EqualTo(496463));
        Assert.That(women.Position, Is.EqualTo(new SourcePosition(12, 8, "2022")));
        Assert.That(observations.Single(o => o.Area == "Stockholm" && o.IndicatorId == "N00923" && o.Period == "2022").Value, Is.EqualTo(81.29));
        Assert.That(observations.Where(o => o.Area == "Nykvarn" && o.Period == "1994").Select(o => o.Value), Is.All.Null);
        Assert.That(observations.Single(o => o.Area == "Riket" && o.Subgroup == "total" && o.IndicatorId == "N01951" && o.Period == "1994").Value, Is.EqualTo(8816381));
    }

    [Test]
    public void An_unknown_gender_is_reported_at_its_cell()
    {
        var items = Parse("geo,year,gender,n01951\r\n0180,2022,K,496463.0\r\n0180,2022,X,1.0\r\n");
        var problem = items.Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(3, 3, "gender")));
        Assert.That(problem.Reason, Does.Contain("Unknown gender 'X'"));
        Assert.That(items.Observations(), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_value_that_is_not_a_number_is_reported_at_its_cell()
    {
        var problem = Parse("geo,year,n01951\r\n0180,2022,lots\r\n").Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, 3, "n01951")));
    }

    [Test]
    public void A_short_row_is_reported()
    {
        var problem = Parse("geo,year,n01951\r\n0180,2022\r\n").Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, 3, "n01951")));
    }

    [Test]
    public void Sniff_knows_the_three_layouts_and_nothing_else()
    {
        Assert.That(Parser.Sniff("a.csv", "geo,year,n00923\r\n0001,2000,76.8\r\n"), Is.True);
        Assert.That(Parser.Sniff("a.csv", "\uFEFFOmråde;Kön;Nyckeltalsid;Nyckeltal;Nyckeltalsbeskrivning;2020\r\n"), Is.True);
        Assert.That(Parser.Sniff("a.csv", "geo,year,value\r\n"), Is.False);
        Assert.That(Parser.Sniff("a.csv", "indicator,area,period,dimension,subgroup,value\n"), Is.False);
        Assert.That(KoladaCsvParser.DetectShape(["gender", "count", "status", "value", "kpi", "year", "municipality_id"]), Is.EqualTo(KoladaCsvShape.Values));
    }
}
