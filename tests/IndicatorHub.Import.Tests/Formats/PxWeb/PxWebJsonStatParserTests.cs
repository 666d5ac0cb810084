using System.Text;
using IndicatorHub.Import.Formats.PxWeb;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.PxWeb;

[TestFixture]
public sealed class PxWebJsonStatParserTests
{
    private const string DataFile = "pxweb2_TAB6471_data.json";
    private const string MetadataFile = "pxweb2_TAB6471_metadata.json";

    private static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "pxweb", name);

    private static List<ParsedItem> ParseFile(string name, ParseOptions? options = null) =>
        new PxWebJsonStatParser().Parse(ImportSource.FromFile(PathOf(name)), options ?? new ParseOptions()).ToList();

    private static List<ParsedItem> ParseText(string json, ParseOptions? options = null) =>
        new PxWebJsonStatParser().Parse(ImportSource.FromBytes("test.json", Encoding.UTF8.GetBytes(json)), options ?? new ParseOptions()).ToList();

    private static string RealText() => File.ReadAllText(PathOf(DataFile), Encoding.UTF8);

    [Test]
    public void Real_response_yields_every_cell_and_no_problems()
    {
        var items = ParseFile(DataFile);

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        // size [21, 11, 3, 1, 4] → 2772 cells, the length of "value".
        Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(2772));
    }

    [Test]
    public void Real_response_states_its_indicator_from_the_px_table_id()
    {
        var indicator = ParseFile(DataFile).OfType<ParsedIndicator>().Single().Indicator;

        // extension.px.tableid "TAB6471"; one content (000007SF), so no suffix.
        Assert.Multiple(() =>
        {
            Assert.That(indicator.Id, Is.EqualTo("TAB6471"));
            Assert.That(indicator.Title, Is.EqualTo("Folkmängden per månad"));
            Assert.That(indicator.Unit, Is.EqualTo("antal"), "category.unit[\"000007SF\"].base");
            Assert.That(indicator.Source, Is.EqualTo("SCB"));
            Assert.That(indicator.Description, Is.EqualTo("Folkmängden per månad efter region, ålder, kön och månad"));
        });
    }

    [Test]
    public void Real_cell_skane_women_20_29_march_2026()
    {
        // id [Region, Alder, Kon, ContentsCode, Tid], size [21, 11, 3, 1, 4], row-major.
        // Region "12" Skåne län has index 9, Alder "20-29" index 2, Kon "2" (kvinnor) index 2,
        // ContentsCode "000007SF" index 0, Tid "2026M03" index 2:
        // (((9 × 11 + 2) × 3 + 2) × 1 + 0) × 4 + 2 = 1222; value[1222] = 83467, on line 252 + 1222 = 1474.
        var observation = ParseFile(DataFile).OfType<ParsedObservation>().ElementAt(1222);

        Assert.Multiple(() =>
        {
            Assert.That(observation.IndicatorId, Is.EqualTo("TAB6471"));
            Assert.That(observation.Area, Is.EqualTo("12"));
            Assert.That(observation.Period, Is.EqualTo("2026-03"));
            Assert.That(observation.Dimension, Is.EqualTo("ålder × kön"));
            Assert.That(observation.Subgroup, Is.EqualTo("20-29 år × female"));
            Assert.That(observation.Value, Is.EqualTo(83467));
            Assert.That(observation.Position, Is.EqualTo(new SourcePosition(1474, 5, "value[1222]")));
        });
    }

    [Test]
    public void Real_cell_ostergotland_40_49_both_sexes_february_2026_drops_the_sex_total()
    {
        // Region "05" index 3, Alder "40-49" index 4, Kon "TotSa" index 0 (the dimension's eliminationValueCode),
        // Tid "2026M02" index 1: ((3 × 11 + 4) × 3 + 0) × 4 + 1 = 445; value[445] = 55720.
        var observation = ParseFile(DataFile).OfType<ParsedObservation>().ElementAt(445);

        Assert.Multiple(() =>
        {
            Assert.That(observation.Area, Is.EqualTo("05"));
            Assert.That(observation.Period, Is.EqualTo("2026-02"));
            Assert.That(observation.Dimension, Is.EqualTo("ålder"));
            Assert.That(observation.Subgroup, Is.EqualTo("40-49 år"));
            Assert.That(observation.Value, Is.EqualTo(55720));
        });
    }

    [Test]
    public void Real_cells_first_and_last()
    {
        var observations = ParseFile(DataFile).OfType<ParsedObservation>().ToList();

        // value[8]: Stockholms län "01", 0-9 år, kvinnor, 2026M01 = ((0 × 11 + 0) × 3 + 2) × 4 + 0 = 8 → 119906.
        Assert.That((observations[8].Area, observations[8].Period, observations[8].Subgroup, observations[8].Value),
            Is.EqualTo(("01", "2026-01", "0-9 år × female", (double?)119906)));
        // value[2767]: Norrbottens län "25" index 20, "100+10" index 10, män index 1, 2026M04 index 3:
        // ((20 × 11 + 10) × 3 + 1) × 4 + 3 = 2767 → 9.
        Assert.That((observations[2767].Area, observations[2767].Period, observations[2767].Subgroup, observations[2767].Value),
            Is.EqualTo(("25", "2026-04", "100+ år × male", (double?)9)));
    }

    [Test]
    public void Metadata_response_yields_the_indicator_and_a_warning_but_no_observations()
    {
        var items = ParseFile(MetadataFile);

        Assert.Multiple(() =>
        {
            Assert.That(items.OfType<ParsedIndicator>().Single().Indicator.Id, Is.EqualTo("TAB6471"));
            Assert.That(items.OfType<ParsedObservation>(), Is.Empty);
            var warning = items.OfType<ParseProblem>().Single();
            Assert.That(warning.Fatal, Is.False);
            Assert.That(warning.Reason, Does.Contain("metadata response"));
            Assert.That(warning.Position.Field, Is.EqualTo("value"));
        });
    }

    [Test]
    public void Option_indicator_id_wins_over_the_table_id()
    {
        var items = ParseFile(DataFile, new ParseOptions { IndicatorId = "folkmangd_manad" });

        Assert.That(items.OfType<ParsedObservation>().Select(o => o.IndicatorId).Distinct(), Is.EqualTo(new[] { "folkmangd_manad" }));
    }

    // A PxWeb-shaped dataset written for these tests: two contents, no role (ids decide), status as an object,
    // a null value, and kön's total recognised by its label alone.
    private const string Small = """
        {
          "version": "2.0",
          "class": "dataset",
          "label": "Hälsa efter region, kön och år",
          "source": "SCB",
          "id": ["ContentsCode", "Region", "Kon", "Tid"],
          "size": [2, 2, 2, 2],
          "dimension": {
            "ContentsCode": { "label": "tabellinnehåll", "category": {
              "index": { "HA01": 0, "HA02": 1 },
              "label": { "HA01": "Andel rökare", "HA02": "Andel med fetma" },
              "unit": { "HA01": { "base": "procent", "decimals": 1 }, "HA02": { "base": "procent", "decimals": 1 } } } },
            "Region": { "label": "region", "category": { "index": ["0180", "2584"], "label": { "0180": "Stockholm", "2584": "Kiruna" } } },
            "Kon": { "label": "kön", "category": { "index": { "1+2": 0, "2": 1 }, "label": { "1+2": "totalt", "2": "kvinnor" } } },
            "Tid": { "label": "år", "category": { "index": { "2021": 0, "2022": 1 } } }
          },
          "status": { "3": "..", "9": "-" },
          "value": [8.5, 8.1, 7.9, null,
                    12.0, 11.5, 10.0, 9.5,
                    14.1, null, 13.0, 12.9,
                    20.2, 21.0, 18.8, 19.5]
        }
        """;

    [Test]
    public void Ids_decide_roles_when_the_response_has_none_and_each_content_is_an_indicator()
    {
        var items = ParseText(Small);

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        var indicators = items.OfType<ParsedIndicator>().Select(i => i.Indicator).ToList();
        // No extension.px.tableid: the content code alone is the id.
        Assert.That(indicators.Select(i => (i.Id, i.Title, i.Unit)), Is.EqualTo(new[] { ("HA01", "Andel rökare", "procent"), ("HA02", "Andel med fetma", "procent") }));

        var observations = items.OfType<ParsedObservation>().ToList();
        Assert.Multiple(() =>
        {
            // value[0]: HA01, 0180, totalt, 2021.
            Assert.That((observations[0].IndicatorId, observations[0].Area, observations[0].Period, observations[0].Dimension, observations[0].Subgroup, observations[0].Value),
                Is.EqualTo(("HA01", "0180", "2021", "total", "total", (double?)8.5)));
            // value[3]: HA01, 0180, kvinnor, 2022 = null with status "..".
            Assert.That((observations[3].Dimension, observations[3].Subgroup, observations[3].Value, observations[3].Status),
                Is.EqualTo(("sex", "female", (double?)null, "..")));
            // value[9]: HA02, 0180, totalt, 2022 = null with status "-".
            Assert.That((observations[9].IndicatorId, observations[9].Status), Is.EqualTo(("HA02", "-")));
            Assert.That(observations[15].Area, Is.EqualTo("2584"));
        });
    }

    [Test]
    public void Option_id_gets_the_content_code_when_there_are_several_contents()
    {
        var ids = ParseText(Small, new ParseOptions { IndicatorId = "lh" }).OfType<ParsedObservation>().Select(o => o.IndicatorId).Distinct();

        Assert.That(ids, Is.EqualTo(new[] { "lh.HA01", "lh.HA02" }));
    }

    [Test]
    public void Status_as_an_array_is_read_per_cell()
    {
        var json = Small.Replace("\"status\": { \"3\": \"..\", \"9\": \"-\" }", "\"status\": [null, null, null, \"..\", null, null, null, null, null, \".\"]", StringComparison.Ordinal);

        var observations = ParseText(json).OfType<ParsedObservation>().ToList();

        Assert.That(observations.Select(o => o.Status).Where(s => s is not null), Is.EqualTo(new[] { "..", "." }));
    }

    [Test]
    public void Sparse_value_object_and_status_as_one_string()
    {
        var start = Small.IndexOf("\"status\"", StringComparison.Ordinal);
        var json = Small[..start] + "\"status\": \"p\", \"value\": { \"0\": 8.5, \"15\": 19.5 } }";

        var observations = ParseText(json).OfType<ParsedObservation>().ToList();

        // Only the listed cells exist; "p" (preliminary) applies to every cell.
        Assert.That(observations.Select(o => (o.IndicatorId, o.Area, o.Period, o.Value, o.Status)),
            Is.EqualTo(new[] { ("HA01", "0180", "2021", (double?)8.5, "p"), ("HA02", "2584", "2022", (double?)19.5, "p") }));
    }

    [Test]
    public void Truncated_json_is_fatal_at_the_line_where_it_stops()
    {
        // Cut the real response in the middle of the value array (line 1001 is value[749]).
        var text = RealText();
        var lines = text.Split('\n');
        var cut = string.Join('\n', lines.Take(1000)) + "\n    2";

        var items = ParseText(cut);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.True);
            Assert.That(problem.Position.Line, Is.EqualTo(1001));
            Assert.That(problem.Reason, Does.Contain("invalid or truncated"));
            Assert.That(items.OfType<ParsedObservation>(), Is.Empty);
        });
    }

    [Test]
    public void A_syntax_error_is_fatal_at_its_line_and_column()
    {
        // Drop the comma after "version": "2.0" (line 2); the reader stops at "class" on line 3, column 3.
        var text = RealText().Replace("\"version\": \"2.0\",", "\"version\": \"2.0\"", StringComparison.Ordinal);

        var problem = ParseText(text).OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That((problem.Position.Line, problem.Position.Column), Is.EqualTo((3L, 3)));
    }

    [Test]
    public void A_value_count_that_is_not_the_product_of_size_is_fatal_at_value()
    {
        // Remove the first value (line 252 "    245284,"): 2771 numbers for 2772 cells.
        var lines = RealText().Split('\n').ToList();
        lines.RemoveAt(251);

        var problem = ParseText(string.Join('\n', lines)).OfType<ParseProblem>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.True);
            Assert.That(problem.Position, Is.EqualTo(new SourcePosition(251, 3, "value")));
            Assert.That(problem.Reason, Does.Contain("2771").And.Contain("2772"));
        });
    }

    [Test]
    public void A_string_value_that_is_no_number_is_a_problem_for_that_cell_only()
    {
        var json = Small.Replace("[8.5, 8.1,", "[8.5, \"n/a?\",", StringComparison.Ordinal);

        var items = ParseText(json);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.That(problem.Fatal, Is.False);
        Assert.That(problem.Position.Field, Is.EqualTo("value[1]"));
        Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(15));
    }

    [Test]
    public void Json_that_is_not_json_stat_is_fatal()
    {
        var problem = ParseText("""{ "count": 1, "values": [ { "kpi": "N00923" } ] }""").OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("not a JSON-stat 2.0 dataset"));
    }

    [Test]
    public void A_collection_is_refused()
    {
        var problem = ParseText("""{ "version": "2.0", "class": "collection", "link": {} }""").OfType<ParseProblem>().Single();

        Assert.That(problem.Reason, Does.Contain("'collection'"));
    }

    [Test]
    public void Sniff_knows_json_stat_2_and_refuses_other_json_and_text()
    {
        var parser = new PxWebJsonStatParser();

        Assert.Multiple(() =>
        {
            Assert.That(parser.Sniff(DataFile, RealText()[..4000]), Is.True);
            Assert.That(parser.Sniff("x.json", """{"id":["Region","Tid"],"size":[2,3],"dimension":{}}"""), Is.True);
            Assert.That(parser.Sniff("x.json", """{"count":1,"values":[{"kpi":"N00923","id":"x"}]}"""), Is.False);
            Assert.That(parser.Sniff("x.csv", "\"region\",\"2019\"\n"), Is.False);
        });
    }
}
