using System.Text;
using IndicatorHub.Core.Areas;
using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.Kolada;

public class KoladaJsonParserTests
{
    private static readonly KoladaJsonParser Parser = new();

    private static List<ParsedItem> ParseFile(string file) => FormatFixtures.Parse(Parser, FormatFixtures.File("kolada", file));

    private static List<ParsedItem> Parse(string json) => FormatFixtures.Parse(Parser, FormatFixtures.Text("page.json", json));

    [Test]
    public void A_v3_data_page_yields_one_observation_per_gender_value_with_character_positions()
    {
        var items = ParseFile("v3_data_N00945_page1.json");
        var observations = items.Observations();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations, Has.Count.EqualTo(6));

        var first = observations[0];
        Assert.That((first.IndicatorId, first.Area, first.Period, first.Dimension, first.Subgroup, first.Value), Is.EqualTo(("N00945", "0180", "2019", "total", "total", (double?)39.3)));
        Assert.That(first.Status, Is.Null);

        // The page is one line; columns are characters from the line start.
        var text = File.ReadAllText(FormatFixtures.PathOf("kolada", "v3_data_N00945_page1.json"));
        Assert.That(first.Position, Is.EqualTo(new SourcePosition(1, text.IndexOf("{\"gender\"", StringComparison.Ordinal) + 1, "$.values[0].values[0]")));
        Assert.That(first.AreaPosition, Is.EqualTo(new SourcePosition(1, text.IndexOf("\"0180\"", StringComparison.Ordinal) + 1, "$.values[0].municipality")));
        Assert.That(observations.Single(o => o.Area == "1280" && o.Period == "2020").Value, Is.EqualTo(37));
    }

    [Test]
    public void A_v2_data_page_maps_genders_and_keeps_null_values_with_their_status()
    {
        var items = ParseFile("v2_data_N01951_1994.json");
        var observations = items.Observations();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations, Has.Count.EqualTo(12));

        var women = observations[0];
        Assert.That((women.Area, women.Dimension, women.Subgroup, women.Value), Is.EqualTo(("0000", "sex", "female", (double?)4460127)));
        Assert.That(women.Position, Is.EqualTo(new SourcePosition(8, 9, "$.values[0].values[0]")));
        Assert.That(women.PeriodPosition, Is.EqualTo(new SourcePosition(6, 17, "$.values[0].period")));
        Assert.That(observations.Single(o => o.Area == "0180" && o.Subgroup == "male").Value, Is.EqualTo(333452));
        Assert.That(observations.Single(o => o.Area == "0000" && o.Subgroup == "total").Value, Is.EqualTo(8816381));

        var nykvarn = observations.Where(o => o.Area == "0140").ToList();
        Assert.That(nykvarn.Select(o => o.Value), Is.All.Null);
        Assert.That(nykvarn.Select(o => o.Status), Is.All.EqualTo("Missing"));
    }

    [Test]
    public void Page_links_are_read_from_v2_next_page_and_v3_next_url()
    {
        var v3 = KoladaJsonParser.ReadPageLinks(FormatFixtures.File("kolada", "v3_data_N00945_page1.json"));
        Assert.That(v3, Is.EqualTo(new KoladaPageLinks(6, "https://api.kolada.se/v3/data/kpi/N00945/municipality/0180,1280,1480?page=2&per_page=6", null)));

        var v2 = KoladaJsonParser.ReadPageLinks(FormatFixtures.File("kolada", "v2_data_N01951_1994.json"));
        Assert.That(v2.NextUrl, Is.EqualTo("http://api.kolada.se/v2/data/kpi/N01951/year/1994?page=2&per_page=4"));
        Assert.That(v2.Count, Is.EqualTo(4));

        Assert.That(KoladaJsonParser.ReadPageLinks(FormatFixtures.File("kolada", "v3_municipality.json")).NextUrl, Is.Null);
        Assert.That(KoladaJsonParser.ReadPageLinks("{\"values\":["u8), Is.EqualTo(KoladaPageLinks.None));
    }

    [Test]
    public void A_v3_kpi_page_yields_indicators_with_upper_case_ids_and_metadata()
    {
        var items = ParseFile("v3_kpi_health_subset.json");
        var indicators = items.OfType<ParsedIndicator>().Select(i => i.Indicator).ToList();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(indicators, Has.Count.EqualTo(38));

        var n01951 = indicators.Single(i => i.Id == "N01951");
        Assert.Multiple(() =>
        {
            Assert.That(n01951.Title, Is.EqualTo("Invånare totalt, antal"));
            Assert.That(n01951.Description, Is.EqualTo("Antal invånare totalt den 31/12. Källa: SCB."));
            Assert.That(n01951.DividedByGender, Is.True);
            Assert.That(n01951.OperatingArea, Is.EqualTo("Befolkning"));
            Assert.That(n01951.Source, Is.EqualTo("Kolada"));
        });
        Assert.That(indicators.Single(i => i.Id == "N00923").DividedByGender, Is.False);
    }

    [Test]
    public void A_v2_kpi_page_reads_is_divided_by_gender_as_0_or_1()
    {
        var indicators = ParseFile("v2_kpi_N00923_N01951.json").OfType<ParsedIndicator>().Select(i => i.Indicator).ToList();
        Assert.That(indicators.Select(i => (i.Id, i.DividedByGender)), Is.EquivalentTo(new[] { ("N00923", false), ("N01951", true) }));
        Assert.That(indicators.Single(i => i.Id == "N00923").OperatingArea, Is.EqualTo("Bakgrund,Hälso- och sjukvård"));
    }

    [Test]
    public void Lower_case_kpi_ids_are_upper_cased()
    {
        var items = Parse("{\"values\":[{\"id\":\"n00923\",\"title\":\"Medellivslängd män, år\",\"is_divided_by_gender\":false}]}");
        Assert.That(items.OfType<ParsedIndicator>().Single().Indicator.Id, Is.EqualTo("N00923"));
    }

    [Test]
    public void The_municipality_page_yields_312_areas_of_the_right_kind()
    {
        var areas = ParseFile("v3_municipality.json").OfType<ParsedArea>().Select(a => a.Area).ToList();
        Assert.That(areas, Has.Count.EqualTo(312));
        Assert.That(areas.Count(a => a.Kind == AreaKind.Municipality), Is.EqualTo(290));
        Assert.That(areas.Count(a => a.Kind == AreaKind.Region), Is.EqualTo(21));
        Assert.That(areas.Single(a => a.KoladaId == "0000"), Is.EqualTo(new Area("00", "0000", "Riket", AreaKind.Country)));
        Assert.That(areas.Single(a => a.KoladaId == "0001"), Is.EqualTo(new Area("01", "0001", "Region Stockholm", AreaKind.Region)));
        Assert.That(areas.Single(a => a.KoladaId == "0180"), Is.EqualTo(new Area("0180", "0180", "Stockholm", AreaKind.Municipality, "01")));
    }

    [Test]
    public void Kommungrupp_members_carry_their_group()
    {
        var areas = ParseFile("v3_municipality_groups_kommungrupp.json").OfType<ParsedArea>().Select(a => a.Area).ToList();
        Assert.That(areas, Has.Count.EqualTo(290));
        var stockholm = areas.Single(a => a.KoladaId == "0180");
        Assert.That((stockholm.MunicipalityGroupId, stockholm.MunicipalityGroupTitle, stockholm.Name), Is.EqualTo(("G92787", "Storstäder", "Stockholm")));
        Assert.That(areas.Single(a => a.KoladaId == "0662").MunicipalityGroupTitle, Is.EqualTo("Landsbygdskommun, ej nära större stad"));
    }

    [Test]
    public void Agenda_2030_kpi_groups_yield_one_sdg_link_per_member_with_its_position()
    {
        var items = ParseFile("v3_kpi_groups_agenda2030.json");
        Assert.That(items.Problems(), Is.Empty);
        var links = items.OfType<ParsedSdgLink>().ToList();
        Assert.That(items, Has.Count.EqualTo(links.Count), "the Folkhälsa group and the goal-less Agenda 2030 group yield nothing");
        Assert.That(links.Select(l => (l.IndicatorId, l.Goal, l.TargetId)), Is.EqualTo(new (string, int, string?)[]
        {
            ("N00923", 3, null), ("N00925", 3, null), ("U01405", 3, null), ("U01411", 3, null), ("U01402", 3, null),
            ("N03920", 8, null), ("N01982", 8, null),
            ("N66077", 10, null), ("N05401", 10, null), ("N03920", 10, null),
        }));
        Assert.That(links.Select(l => l.Source), Is.All.EqualTo(Core.Sdg.SdgMappingSource.Kolada));

        // The file is indented: the first member object opens on line 8 at column 9.
        Assert.That(links[0].Position, Is.EqualTo(new SourcePosition(8, 9, "$.values[0].members[0]")));
        var lines = File.ReadAllLines(FormatFixtures.PathOf("kolada", "v3_kpi_groups_agenda2030.json"));
        var n05401 = Array.FindIndex(lines, l => l.Contains("\"N05401\"", StringComparison.Ordinal));
        Assert.That(links[8].Position, Is.EqualTo(new SourcePosition(n05401, 9, "$.values[2].members[1]")), "the line before the member_id line");
        Assert.That(links[8].Note, Is.EqualTo("Kolada KPI group GA2030M10: Agenda 2030 – Mål 10. Minskad ojämlikhet"));
    }

    [TestCase("Agenda 2030 – Mål 3. God hälsa och välbefinnande", 3, null)]
    [TestCase("Agenda 2030: mål 10 Minskad ojämlikhet", 10, null)]
    [TestCase("Agenda2030 SDG 16", 16, null)]
    [TestCase("AGENDA 2030 Goal 1: No poverty", 1, null)]
    [TestCase("Agenda 2030, delmål 3.4 Icke smittsamma sjukdomar", 3, "3.4")]
    [TestCase("Agenda 2030 – Mål 3, delmål 3.a", 3, "3.a")]
    public void A_group_title_naming_Agenda_2030_and_one_goal_is_recognised(string title, int goal, string? target)
    {
        var link = Parse(Group(title, "{\"id\":\"u01402\",\"title\":\"Daglig rökning\"}")).OfType<ParsedSdgLink>().Single();

        Assert.That((link.IndicatorId, link.Goal, link.TargetId), Is.EqualTo(("U01402", goal, target)), "v2 members (id/title) are read, ids upper-cased");
    }

    [TestCase("Folkhälsa")]
    [TestCase("Mål 3 God hälsa")]
    [TestCase("Agenda 2030, samtliga nyckeltal")]
    [TestCase("Agenda 2030 – Mål 18")]
    [TestCase("Agenda 2030 – Mål 3 och Mål 10")]
    public void Other_kpi_group_titles_yield_nothing(string title) =>
        Assert.That(Parse(Group(title, "{\"member_id\":\"N00923\",\"member_title\":\"Medellivslängd män, år\"}")), Is.Empty);

    [Test]
    public void An_Agenda_2030_member_without_a_kpi_id_is_reported_at_the_member()
    {
        var items = Parse(Group("Agenda 2030 – Mål 3", "{\"member_title\":\"Utan id\"}", "{\"member_id\":\"0180\",\"member_title\":\"Stockholm\"}", "{\"member_id\":\"N00923\"}"));

        var problems = items.Problems();
        Assert.That(problems.Select(p => p.Position.Field), Is.EqualTo(new[] { "$.values[0].members[0]", "$.values[0].members[1]" }));
        Assert.That(problems[0].Reason, Does.StartWith("$.values[0].members[0] has no \"member_id\""));
        Assert.That(problems[1].Reason, Does.Contain("the member_id \"0180\", which is no KPI id"));
        Assert.That(problems.Select(p => p.Fatal), Is.All.False);
        Assert.That(items.OfType<ParsedSdgLink>().Single().IndicatorId, Is.EqualTo("N00923"));
    }

    private static string Group(string title, params string[] members) =>
        $"{{\"values\":[{{\"id\":\"G1\",\"title\":\"{title}\",\"members\":[{string.Join(',', members)}]}}],\"count\":1}}";

    [Test]
    public void Other_kpi_groups_and_other_municipality_groups_yield_nothing()
    {
        var kpiGroups = Parse("{\"values\":[{\"id\":\"G2KPI100\",\"title\":\"Folkhälsa\",\"members\":[{\"member_id\":\"N00923\",\"member_title\":\"Medellivslängd män, år\"}]}],\"count\":1}");
        Assert.That(kpiGroups, Is.Empty);
        var otherGroup = Parse("{\"values\":[{\"id\":\"G33\",\"title\":\"Kommuner i Stockholms län\",\"members\":[{\"member_id\":\"0180\",\"member_title\":\"Stockholm\"}]}]}");
        Assert.That(otherGroup, Is.Empty);
    }

    [Test]
    public void A_value_of_the_wrong_type_is_reported_at_its_token_with_its_path()
    {
        const string json = "{\"values\":[{\"kpi\":\"N00923\",\"municipality\":\"0180\",\"period\":2020,\n\"values\":[{\"gender\":\"T\",\"count\":1,\"status\":\"\",\"value\":\"abc\"},{\"gender\":\"K\",\"value\":81.2}]}]}";
        var items = Parse(json);
        var problem = items.Problems().Single();
        var secondLine = json[(json.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, secondLine.IndexOf("\"abc\"", StringComparison.Ordinal) + 1, "$.values[0].values[0].value")));
        Assert.That(problem.Reason, Does.Contain("\"value\" is the text \"abc\"; expected a number or null"));
        Assert.That(problem.Fatal, Is.False);
        Assert.That(items.Observations().Single().Value, Is.EqualTo(81.2));
    }

    [Test]
    public void An_unknown_gender_is_reported_with_its_path()
    {
        const string json = "{\"values\":[{\"kpi\":\"N00923\",\"municipality\":\"0180\",\"period\":2020,\"values\":[{\"gender\":\"X\",\"value\":1}]}]}";
        var problem = Parse(json).Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(1, json.IndexOf("\"X\"", StringComparison.Ordinal) + 1, "$.values[0].values[0].gender")));
        Assert.That(problem.Reason, Does.Contain("Unknown gender \"X\""));
    }

    [Test]
    public void A_missing_kpi_and_a_wrong_period_are_reported()
    {
        var items = Parse("{\"values\":[{\"municipality\":\"0180\",\"kpi\":7,\"period\":2020,\"values\":[]},{\"kpi\":\"N1\",\"municipality\":\"0180\",\"period\":true,\"values\":[]}]}");
        var problems = items.Problems();
        Assert.That(problems.Select(p => p.Position.Field), Is.EqualTo(new[] { "$.values[0].kpi", "$.values[1].period" }));
        Assert.That(problems[0].Reason, Does.Contain("\"kpi\" is the number 7"));
    }

    [Test]
    public void A_truncated_page_yields_what_came_before_and_a_fatal_problem_at_the_end()
    {
        var text = File.ReadAllText(FormatFixtures.PathOf("kolada", "v3_data_N00945_page1.json"));
        var cut = text[..(text.IndexOf("\"period\":2020", StringComparison.Ordinal) + 5)];
        var items = Parse(cut);
        Assert.That(items.Observations(), Has.Count.EqualTo(3));
        var problem = items.Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Position.Line, Is.EqualTo(1));
        Assert.That(problem.Position.Column, Is.EqualTo(cut.Length + 1));
        Assert.That(problem.Position.Field, Is.EqualTo("$.values[3]"));
        Assert.That(problem.Reason, Does.Contain("cut off"));
    }

    [Test]
    public void A_page_cut_after_the_values_array_is_still_reported()
    {
        var problem = Parse("{\"values\":[],\"count\":0").Problems().Single();
        Assert.That(problem.Fatal, Is.True);
    }

    [Test]
    public void Broken_json_is_fatal_at_the_broken_character()
    {
        var problem = Parse("{\n  \"values\": [\n    {\"id\": \"N00923\" \"title\": \"x\"}\n  ]\n}").Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Position.Line, Is.EqualTo(3));
        Assert.That(problem.Position.Column, Is.EqualTo(21));
    }

    [Test]
    public void An_object_without_values_is_not_a_Kolada_page() =>
        Assert.That(Parse("{\"count\":0}").Problems().Single().Reason, Does.Contain("no \"values\" array"));

    [Test]
    public void Organisational_unit_data_is_refused()
    {
        var problem = Parse("{\"values\":[{\"kpi\":\"N15033\",\"ou\":\"V15E144001301\",\"period\":2009,\"values\":[{\"gender\":\"T\",\"value\":1}]}]}").Problems().Single();
        Assert.That(problem.Reason, Does.Contain("organisational-unit"));
    }

    [Test]
    public void Columns_count_characters_not_bytes()
    {
        var json = "{\"values\":[{\"id\":\"0180\",\"title\":\"Stockholm\",\"type\":\"K\"},{\"id\":\"2584\",\"title\":\"Kiruna\",\"type\":\"Å\"}]}";
        var problem = FormatFixtures.Parse(Parser, ImportSource.FromBytes("m.json", Encoding.UTF8.GetBytes(json))).Problems().Single();
        Assert.That(problem.Position.Column, Is.EqualTo(json.IndexOf("\"Å\"", StringComparison.Ordinal) + 1));
    }
}
