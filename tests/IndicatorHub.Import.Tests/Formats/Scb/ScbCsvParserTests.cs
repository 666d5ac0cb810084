using System.Text;
using IndicatorHub.Import.Formats.Px;
using IndicatorHub.Import.Formats.Scb;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.Scb;

[TestFixture]
public sealed class ScbCsvParserTests
{
    private const string PopulationWide = "scb_folkmangd_kon_2001-2003_utf8bom_comma.csv";
    private const string LifeExpectancyExcel = "scb_medellivslangd_kvinnor_2013-2016_cp1252_semicolon_decimalcomma.csv";
    private const string PopulationLong = "scb_folkmangd_kon_ar_long_tab.csv";
    private const string Tab638 = "scb_TAB638_folkmangd_folkokning_latin1_comma.csv";

    private static string PathOf(string folder, string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", folder, name);

    private static List<ParsedItem> ParseFile(string name, ParseOptions? options = null) =>
        new ScbCsvParser().Parse(ImportSource.FromFile(PathOf("scb", name)), options ?? new ParseOptions()).ToList();

    private static List<ParsedItem> ParseBytes(byte[] bytes, ParseOptions? options = null) =>
        new ScbCsvParser().Parse(ImportSource.FromBytes("test.csv", bytes), options ?? new ParseOptions()).ToList();

    private static List<ParsedItem> ParseText(string text, ParseOptions? options = null) => ParseBytes(new UTF8Encoding(false).GetBytes(text), options);

    [Test]
    public void Wide_utf8_bom_export_with_title_parses_every_cell()
    {
        var items = ParseFile(PopulationWide);

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        // 6 regions × 2 kön × 3 years.
        Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(36));
        Assert.That(items.OfType<ParsedObservation>().Select(o => o.IndicatorId), Is.All.Null, "an SCB CSV carries no indicator id");
        Assert.That(items.OfType<ParsedIndicator>(), Is.Empty);
    }

    [Test]
    public void Wide_export_cell_stockholm_women_2002()
    {
        // Line 1 title, 2 blank, 3 header, then two rows per region: 0180 kvinnor is line 11.
        // "0180 Stockholm","kvinnor",391024,391958,393332 — 2002 is field 4. Kolada N01951 0180 2002 K = 391958.
        var o = ParseFile(PopulationWide).OfType<ParsedObservation>().Single(x => x.Position == new SourcePosition(11, 4, "2002"));

        Assert.Multiple(() =>
        {
            Assert.That(o.Area, Is.EqualTo("0180"));
            Assert.That(o.Period, Is.EqualTo("2002"));
            Assert.That((o.Dimension, o.Subgroup), Is.EqualTo(("sex", "female")));
            Assert.That(o.Value, Is.EqualTo(391958));
            Assert.That(o.AreaPosition, Is.EqualTo(new SourcePosition(11, 1, "region")));
            Assert.That(o.PeriodPosition, Is.EqualTo(new SourcePosition(3, 4, "2002")));
        });
    }

    [Test]
    public void Wide_export_riket_and_lan_codes_and_missing_value()
    {
        var observations = ParseFile(PopulationWide).OfType<ParsedObservation>().ToList();

        Assert.Multiple(() =>
        {
            // "00 Riket","män",4408445,4427107,4446656 on line 4.
            Assert.That(observations.Single(o => o.Position == new SourcePosition(4, 5, "2003")) is { Area: "00", Subgroup: "male", Value: 4446656 });
            // "01 Stockholms län","kvinnor",938469,… on line 7.
            Assert.That(observations.Single(o => o.Position == new SourcePosition(7, 3, "2001")) is { Area: "01", Value: 938469 });
            // Knivsta (0330) was formed in 2003-01-01's division; Kolada has no 2001 value, written "..".
            var knivsta = observations.Single(o => o.Position == new SourcePosition(12, 3, "2001"));
            Assert.That((knivsta.Area, knivsta.Value, knivsta.Status), Is.EqualTo(("0330", (double?)null, "..")));
        });
    }

    [Test]
    public void Indicator_option_names_the_values_and_the_title_becomes_the_indicator()
    {
        var items = ParseFile(PopulationWide, new ParseOptions { IndicatorId = "N01951" });

        var indicator = items.OfType<ParsedIndicator>().Single().Indicator;
        Assert.That((indicator.Id, indicator.Title), Is.EqualTo(("N01951", "Folkmängden efter region, kön och år")));
        Assert.That(items.OfType<ParsedObservation>().Select(o => o.IndicatorId), Is.All.EqualTo("N01951"));
    }

    [Test]
    public void Excel_round_trip_windows_1252_semicolons_and_decimal_comma()
    {
        var items = ParseFile(LifeExpectancyExcel, new ParseOptions { IndicatorId = "N00925" });

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        var observations = items.OfType<ParsedObservation>().ToList();
        Assert.That(observations, Has.Count.EqualTo(24));
        Assert.Multiple(() =>
        {
            // Title padded with ";;;;" on line 1 and blank ";;;;" on line 2; header on 3; "0581 Norrköping" on line 7:
            // 0581 Norrköping;82,48;82,94;83,37;83,51 → 2014 = 82.94 (Kolada N00925 0581 2014).
            var norrkoping = observations.Single(o => o.Position == new SourcePosition(7, 3, "2014"));
            Assert.That((norrkoping.Area, norrkoping.Period, norrkoping.Value), Is.EqualTo(("0581", "2014", (double?)82.94)));
            Assert.That((norrkoping.Dimension, norrkoping.Subgroup), Is.EqualTo(("total", "total")));
            // Malmö's ö survived Windows-1252 only if decoding was right; its code comes first anyway.
            Assert.That(observations.Single(o => o.Position == new SourcePosition(8, 5, "2016")) is { Area: "1280", Value: 83.5 });
            // Riket has values only from 2015 in Kolada: "..".
            Assert.That(observations.Single(o => o.Position == new SourcePosition(4, 2, "2013")).Status, Is.EqualTo(".."));
        });

        var indicator = items.OfType<ParsedIndicator>().Single().Indicator;
        Assert.That(indicator.Title, Is.EqualTo("Medellivslängd kvinnor efter region och år"), "decoded as Windows-1252");
    }

    [Test]
    public void Long_tab_export_takes_period_from_the_time_column_and_contents_from_the_value_heading()
    {
        var items = ParseFile(PopulationLong);

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        var indicator = items.OfType<ParsedIndicator>().Single().Indicator;
        Assert.That((indicator.Id, indicator.Title), Is.EqualTo(("Folkmängd", "Folkmängd")));

        // Line 17: "0180 Stockholm" "kvinnor" "2019" 491853 (Kolada N01951 0180 2019 K; also the sum of
        // SCB_alderkon.csv over age for Stockholm/kvinnor).
        var o = items.OfType<ParsedObservation>().Single(x => x.Position == new SourcePosition(17, 4, "Folkmängd"));
        Assert.Multiple(() =>
        {
            Assert.That(o.IndicatorId, Is.EqualTo("Folkmängd"));
            Assert.That((o.Area, o.Period, o.Subgroup, o.Value), Is.EqualTo(("0180", "2019", "female", (double?)491853)));
            Assert.That(o.PeriodPosition, Is.EqualTo(new SourcePosition(17, 3, "år")));
        });
        Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(24));
    }

    [Test]
    public void Long_export_with_one_content_uses_the_option_as_is()
    {
        var ids = ParseFile(PopulationLong, new ParseOptions { IndicatorId = "N01951" }).OfType<ParsedObservation>().Select(o => o.IndicatorId).Distinct();

        Assert.That(ids, Is.EqualTo(new[] { "N01951" }));
    }

    [Test]
    public void Latin1_export_with_contents_and_year_in_the_heading_gives_one_indicator_per_content()
    {
        var items = ParseFile(Tab638, new ParseOptions { IndicatorId = "befolkning" });

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        Assert.That(items.OfType<ParsedIndicator>().Select(i => i.Indicator.Id), Is.EqualTo(new[] { "befolkning.Folkmängd", "befolkning.Folkökning" }));
        // Line 10 (header on 1): 0115 Vallentuna, ogifta, 45-54 år, män: 698,705,-13,7; "Folkökning 2021" is field 8.
        var o = items.OfType<ParsedObservation>().Single(x => x.Position == new SourcePosition(10, 8, "Folkökning 2021"));
        Assert.Multiple(() =>
        {
            Assert.That(o.IndicatorId, Is.EqualTo("befolkning.Folkökning"));
            Assert.That((o.Area, o.Period, o.Value), Is.EqualTo(("0115", "2021", (double?)7)));
            Assert.That((o.Dimension, o.Subgroup), Is.EqualTo(("civilstånd × ålder × kön", "ogifta × 45-54 år × male")));
        });
    }

    [Test]
    public void The_csv_export_of_the_px_file_gives_the_same_observations_as_the_px_file()
    {
        var csv = ParseFile(Tab638).OfType<ParsedObservation>()
            .Select(o => (Content: o.IndicatorId, o.Area, o.Period, o.Dimension, o.Subgroup, o.Value)).ToList();
        var px = new PxFileParser().Parse(ImportSource.FromFile(PathOf("px", "BE0101N1_TAB638_subset.px")), new ParseOptions())
            .OfType<ParsedObservation>()
            .Select(o => (Content: o.IndicatorId == "TAB638.BE0101N1" ? "Folkmängd" : "Folkökning", o.Area, o.Period, o.Dimension, o.Subgroup, o.Value)).ToList();

        Assert.That(csv, Is.EquivalentTo(px));
    }

    [Test]
    public void Encoding_option_overrides_detection()
    {
        // The TAB638 export is Latin-1. Detection reads it right; forcing UTF-8 meets the Latin-1 'å' of the
        // header (line 3, "civilstånd") and refuses the file there instead of storing U+FFFD, so the option was
        // used; forcing Latin-1 matches detection.
        Assert.That(() => ParseFile(Tab638, new ParseOptions { Encoding = Encoding.UTF8 }).ToList(),
            Throws.TypeOf<ImportInputException>().With.Property(nameof(ImportInputException.Reason)).Contains("not valid UTF-8"));
        var forcedLatin1 = ParseFile(Tab638, new ParseOptions { Encoding = Encoding.Latin1 }).OfType<ParsedObservation>().First();

        Assert.That(forcedLatin1.Dimension, Does.StartWith("civilstånd"));
    }

    [Test]
    public void Delimiter_option_overrides_detection()
    {
        var items = ParseText("\"region\"|\"2019\"\n\"0114 Upplands Väsby\"|46786\n", new ParseOptions { Delimiter = '|' });

        Assert.That(items.OfType<ParsedObservation>().Single() is { Area: "0114", Period: "2019", Value: 46786 });
    }

    [Test]
    public void Tab_delimited_wide_export_is_detected()
    {
        var items = ParseText("\"region\"\t\"kön\"\t\"2019\"\n\"0114 Upplands Väsby\"\t\"män\"\t23524\n");

        Assert.That(items.OfType<ParsedObservation>().Single() is { Area: "0114", Subgroup: "male", Value: 23524 });
    }

    [Test]
    public void Decimal_point_in_a_comma_file_and_decimal_comma_in_a_semicolon_file()
    {
        var comma = ParseText("\"region\",\"2019\"\n\"0180 Stockholm\",84.31\n\"0181 Södertälje\",\"83,1\"\n").OfType<ParsedObservation>().ToList();
        var semicolon = ParseText("region;2019\n0180 Stockholm;84,31\n").OfType<ParsedObservation>().Single();

        Assert.That(comma.Select(o => o.Value), Is.EqualTo(new double?[] { 84.31, 83.1 }));
        Assert.That(semicolon.Value, Is.EqualTo(84.31));
    }

    [Test]
    public void Every_missing_value_symbol_is_kept_as_status()
    {
        var observations = ParseText("\"region\",\"2015\",\"2016\",\"2017\",\"2018\",\"2019\"\n\"0180 Stockholm\",..,...,.,-,*\n").OfType<ParsedObservation>().ToList();

        Assert.That(observations.Select(o => o.Status), Is.EqualTo(new[] { "..", "...", ".", "-", "*" }));
        Assert.That(observations.Select(o => o.Value), Is.All.Null);
    }

    [Test]
    public void Names_without_codes_are_areas_as_written()
    {
        // SCB_alderkon.csv (shared realdata) writes kommun names only; Upplands Väsby män 2019 summed over age = 23524.
        var o = ParseText("\"region\",\"kön\",\"2019\"\n\"Upplands Väsby\",\"män\",23524\n").OfType<ParsedObservation>().Single();

        Assert.That(o.Area, Is.EqualTo("Upplands Väsby"));
    }

    [TestCase("25-34 år", "kvinnor", "ålder × kön", "25-34 år × female")]
    [TestCase("totalt", "kvinnor", "sex", "female")]
    [TestCase("25-34 år", "män och kvinnor", "ålder", "25-34 år")]
    [TestCase("totalt, samtliga åldrar", "totalt", "total", "total")]
    public void Breakdowns_drop_totals_and_cross_the_rest(string age, string sex, string dimension, string subgroup)
    {
        var o = ParseText($"\"region\",\"ålder\",\"kön\",\"2019\"\n\"0180 Stockholm\",\"{age}\",\"{sex}\",100\n").OfType<ParsedObservation>().Single();

        Assert.That((o.Dimension, o.Subgroup), Is.EqualTo((dimension, subgroup)));
    }

    [Test]
    public void Sex_in_the_heading_and_months_as_periods()
    {
        var observations = ParseText("\"region\",\"män 2025M01\",\"kvinnor 2025M01\"\n\"0180 Stockholm\",1,2\n").OfType<ParsedObservation>().ToList();

        Assert.That(observations.Select(o => (o.Period, o.Dimension, o.Subgroup)), Is.EqualTo(new[] { ("2025-01", "sex", "male"), ("2025-01", "sex", "female") }));
        Assert.That(observations.Select(o => o.IndicatorId), Is.All.Null);
    }

    [Test]
    public void Contents_column_in_a_long_export_makes_one_indicator_per_content()
    {
        var text = "\"region\",\"tabellinnehåll\",\"år\",\"Folkmängden\"\n"
            + "\"0114 Upplands Väsby\",\"Folkmängd\",\"2020\",1054\n"
            + "\"0114 Upplands Väsby\",\"Folkökning\",\"2020\",-1\n";

        var items = ParseText(text, new ParseOptions { IndicatorId = "bef" });

        Assert.That(items.OfType<ParsedIndicator>().Select(i => i.Indicator.Id), Is.EqualTo(new[] { "bef.Folkmängd", "bef.Folkökning" }));
        Assert.That(items.OfType<ParsedObservation>().Select(o => (o.IndicatorId, o.Value)), Is.EqualTo(new[] { ("bef.Folkmängd", (double?)1054), ("bef.Folkökning", (double?)-1) }));
    }

    [Test]
    public void Csv3_value_heading_with_a_table_id_gives_the_indicator()
    {
        var text = "\"Region\",\"Kon\",\"Tid\",\"TAB638\"\n\"0114\",\"2\",\"2020\",815\n";

        var o = ParseText(text).OfType<ParsedObservation>().Single();

        Assert.That((o.IndicatorId, o.Area, o.Dimension, o.Subgroup), Is.EqualTo(("TAB638", "0114", "sex", "female")));
    }

    [Test]
    public void Wrong_field_count_is_a_problem_for_that_row_only()
    {
        var text = "\"region\",\"kön\",\"2001\",\"2002\",\"2003\"\n"
            + "\"0114 Upplands Väsby\",\"män\",18620,18570,18550\n"
            + "\"0180 Stockholm\",\"män\",363924,366190\n"
            + "\"2506 Arjeplog\",\"män\",1726,1709,1690\n";

        var items = ParseText(text);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.False);
            Assert.That(problem.Position, Is.EqualTo(new SourcePosition(3, 5, "2003")));
            Assert.That(problem.Reason, Is.EqualTo("expected 5 fields, found 4"));
            Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(6));
        });
    }

    [Test]
    public void A_value_that_is_no_number_is_a_problem_at_its_field()
    {
        var text = "\"region\",\"kön\",\"2001\",\"2002\"\n\"0114 Upplands Väsby\",\"män\",18620,abc\n";

        var items = ParseText(text);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, 4, "2002")));
        Assert.That(problem.Reason, Does.StartWith("value 'abc' is not a number"));
        Assert.That(items.OfType<ParsedObservation>().Single().Value, Is.EqualTo(18620));
    }

    [Test]
    public void A_stray_quote_is_a_problem_for_that_row()
    {
        var text = "\"region\",\"2019\"\n0180 \"Stockholm\",1\n\"0114 Upplands Väsby\",2\n";

        var items = ParseText(text);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.That((problem.Fatal, problem.Position.Line, problem.Position.Column), Is.EqualTo((false, 2L, 1)));
        Assert.That(problem.Reason, Does.Contain("A quote (\") stands inside a field"));
        Assert.That(items.OfType<ParsedObservation>().Single().Area, Is.EqualTo("0114"));
    }

    [Test]
    public void A_file_without_header_is_fatal()
    {
        var problem = ParseText("\"0114 Upplands Väsby\",\"män\",18620\n\"0180 Stockholm\",\"män\",363924\n").OfType<ParseProblem>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.True);
            Assert.That(problem.Position, Is.EqualTo(new SourcePosition(1, 1)));
            Assert.That(problem.Reason, Does.Contain("looks like data, not a header"));
        });
    }

    [Test]
    public void A_header_without_region_column_is_fatal()
    {
        var problem = ParseText("\"Title\"\n\n\"område\",\"2019\"\n\"x\",1\n").OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(3, 1)));
        Assert.That(problem.Reason, Does.Contain("no region column"));
    }

    [Test]
    public void A_header_without_years_or_time_column_is_fatal()
    {
        var problem = ParseText("\"region\",\"kön\",\"värde\"\n\"0180 Stockholm\",\"män\",1\n").OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("neither year columns"));
    }

    [Test]
    public void Binary_and_json_and_empty_files_are_fatal_at_the_start()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 };
        var binary = ParseBytes(zip).OfType<ParseProblem>().Single();
        var json = ParseText("{ \"version\": \"2.0\", \"class\": \"dataset\" }").OfType<ParseProblem>().Single();
        var empty = ParseText(string.Empty).OfType<ParseProblem>().Single();

        Assert.Multiple(() =>
        {
            Assert.That((binary.Fatal, binary.Position), Is.EqualTo((true, new SourcePosition(1, 1))));
            Assert.That(binary.Reason, Does.Contain("binary"));
            Assert.That((json.Fatal, json.Position), Is.EqualTo((true, new SourcePosition(1, 1))));
            Assert.That(json.Reason, Does.Contain("JSON"));
            Assert.That(empty.Fatal, Is.True);
            Assert.That(empty.Reason, Does.Contain("empty"));
        });
    }

    [Test]
    public void Sniff_accepts_the_fixtures_and_refuses_kolada_px_and_json()
    {
        var parser = new ScbCsvParser();
        string Head(string folder, string name) => Text.TextDecoding.ReadHead(() => File.OpenRead(PathOf(folder, name)), null);

        Assert.Multiple(() =>
        {
            foreach (var name in new[] { PopulationWide, LifeExpectancyExcel, PopulationLong, Tab638 })
            {
                Assert.That(parser.Sniff(name, Head("scb", name)), Is.True, name);
            }

            Assert.That(parser.Sniff("kolada.csv", "geo,year,n01951\n0000,1994,8816381.0\n"), Is.False);
            Assert.That(parser.Sniff("a.px", Head("px", "BE0101N1_TAB638_subset.px")), Is.False);
            Assert.That(parser.Sniff("a.json", Head("pxweb", "pxweb2_TAB6471_data.json")), Is.False);
        });
    }
}
