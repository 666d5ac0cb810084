using System.Text;
using IndicatorHub.Import.Formats.Px;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Tests.Formats.Px;

[TestFixture]
public sealed class PxFileParserTests
{
    private const string RealFile = "BE0101N1_TAB638_subset.px";
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "px", name);

    private static List<ParsedItem> ParseFile(string name, ParseOptions? options = null) =>
        new PxFileParser().Parse(ImportSource.FromFile(PathOf(name)), options ?? new ParseOptions()).ToList();

    private static List<ParsedItem> ParseText(string text, Encoding encoding, ParseOptions? options = null) =>
        new PxFileParser().Parse(ImportSource.FromBytes("test.px", encoding.GetBytes(text)), options ?? new ParseOptions()).ToList();

    private static string RealText() => Latin1.GetString(File.ReadAllBytes(PathOf(RealFile)));

    [Test]
    public void Real_file_yields_64_observations_and_no_problems()
    {
        var items = ParseFile(RealFile);

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        // STUB region, civilstånd, ålder, kön (2 × 2 × 2 × 2 = 16 rows); HEADING tabellinnehåll, år (2 × 2 = 4 columns).
        Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(64));
    }

    [Test]
    public void Real_file_states_one_indicator_per_content_with_table_id_and_content_code()
    {
        var indicators = ParseFile(RealFile).OfType<ParsedIndicator>().Select(i => i.Indicator).ToList();

        // TABLEID="TAB638"; CODES("tabellinnehåll")="BE0101N1","BE0101N2"; two contents, so "{table}.{code}".
        Assert.That(indicators.Select(i => i.Id), Is.EqualTo(new[] { "TAB638.BE0101N1", "TAB638.BE0101N2" }));
        Assert.Multiple(() =>
        {
            Assert.That(indicators[0].Title, Is.EqualTo("Folkmängd"));
            Assert.That(indicators[1].Title, Is.EqualTo("Folkökning"));
            Assert.That(indicators[0].Unit, Is.EqualTo("antal"), "UNITS(\"Folkmängd\")");
            Assert.That(indicators[0].Source, Is.EqualTo("SCB"));
            Assert.That(indicators[0].Description, Is.EqualTo("Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år"));
        });
    }

    [Test]
    public void Real_file_first_cell_is_upplands_vasby_unmarried_45_54_men_population_2020()
    {
        // DATA starts on line 77: "1054 1026 -1 -28". The first cell is every variable's first value:
        // region 0114 (CODES, not the name "Upplands Väsby"), ogifta, 45-54 år, män, Folkmängd, 2020.
        var first = ParseFile(RealFile).OfType<ParsedObservation>().First();

        Assert.Multiple(() =>
        {
            Assert.That(first.IndicatorId, Is.EqualTo("TAB638.BE0101N1"));
            Assert.That(first.Area, Is.EqualTo("0114"));
            Assert.That(first.Period, Is.EqualTo("2020"));
            // Three breakdowns are not totals: civilstånd, ålder and kön, crossed in STUB order; kön's value is male.
            Assert.That(first.Dimension, Is.EqualTo("civilstånd × ålder × kön"));
            Assert.That(first.Subgroup, Is.EqualTo("ogifta × 45-54 år × male"));
            Assert.That(first.Value, Is.EqualTo(1054));
            Assert.That(first.Status, Is.Null);
            Assert.That(first.Position, Is.EqualTo(new SourcePosition(77, 1, "DATA")));
            Assert.That(first.AreaPosition, Is.EqualTo(new SourcePosition(30, 1, "CODES")), "CODES(\"region\") is on line 30");
            Assert.That(first.PeriodPosition, Is.EqualTo(new SourcePosition(28, 1, "VALUES")), "VALUES(\"år\") is on line 28");
        });
    }

    [Test]
    public void Real_file_cells_read_off_the_file_by_hand()
    {
        var observations = ParseFile(RealFile).OfType<ParsedObservation>().ToList();

        // Row r = ((region × 2 + civilstånd) × 2 + ålder) × 2 + kön, on line 77 + r; column c = content × 2 + år.
        // r = 8 → region 1 (0115 Vallentuna), ogifta, 45-54 år, män: line 85 "698 705 -13 7".
        // c = 3 → Folkökning 2021 = 7, the fourth number, at character 13.
        var growth = observations.Single(o => o.Position == new SourcePosition(85, 13, "DATA"));
        Assert.Multiple(() =>
        {
            Assert.That(growth.IndicatorId, Is.EqualTo("TAB638.BE0101N2"));
            Assert.That(growth.Area, Is.EqualTo("0115"));
            Assert.That(growth.Period, Is.EqualTo("2021"));
            Assert.That(growth.Subgroup, Is.EqualTo("ogifta × 45-54 år × male"));
            Assert.That(growth.Value, Is.EqualTo(7));
        });

        // r = 15 → 0115, gifta, 55-64 år, kvinnor: line 92 "1004 1049 18 45"; c = 1 → Folkmängd 2021 = 1049.
        var women = observations[(15 * 4) + 1];
        Assert.Multiple(() =>
        {
            Assert.That(women.IndicatorId, Is.EqualTo("TAB638.BE0101N1"));
            Assert.That(women.Area, Is.EqualTo("0115"));
            Assert.That(women.Period, Is.EqualTo("2021"));
            Assert.That(women.Subgroup, Is.EqualTo("gifta × 55-64 år × female"));
            Assert.That(women.Value, Is.EqualTo(1049));
            Assert.That(women.Position, Is.EqualTo(new SourcePosition(92, 6, "DATA")));
        });

        // Negative growth: line 77's third number, 0114 ogifta 45-54 män, Folkökning 2020 = -1.
        Assert.That(observations[2].Value, Is.EqualTo(-1));
    }

    [Test]
    public void Codepage_iso_8859_1_is_honoured_so_swedish_letters_survive()
    {
        // The file is Latin-1: read as UTF-8 "civilstånd" would come out with U+FFFD instead of å.
        var first = ParseFile(RealFile).OfType<ParsedObservation>().First();

        Assert.That(first.Dimension, Does.StartWith("civilstånd"));
    }

    [Test]
    public void The_same_table_saved_as_utf8_with_codepage_utf8_parses_the_same()
    {
        var text = RealText().Replace("CODEPAGE=\"iso-8859-1\";", "CODEPAGE=\"utf-8\";", StringComparison.Ordinal);

        var fromUtf8 = ParseText(text, new UTF8Encoding(false)).OfType<ParsedObservation>().ToList();
        var fromLatin1 = ParseFile(RealFile).OfType<ParsedObservation>().ToList();

        Assert.That(fromUtf8, Is.EqualTo(fromLatin1));
    }

    [Test]
    public void Encoding_option_overrides_codepage()
    {
        // Claim UTF-8 in CODEPAGE but write Latin-1: only the option can rescue it.
        var text = RealText().Replace("CODEPAGE=\"iso-8859-1\";", "CODEPAGE=\"utf-8\";", StringComparison.Ordinal);

        var items = ParseText(text, Latin1, new ParseOptions { Encoding = Latin1 });

        Assert.That(items.OfType<ParsedObservation>().First().Dimension, Does.StartWith("civilstånd"));
    }

    [Test]
    public void Indicator_option_is_suffixed_with_the_content_code_when_the_table_has_several()
    {
        var items = ParseFile(RealFile, new ParseOptions { IndicatorId = "befolkning" });

        Assert.That(items.OfType<ParsedObservation>().Select(o => o.IndicatorId).Distinct(), Is.EqualTo(new[] { "befolkning.BE0101N1", "befolkning.BE0101N2" }));
    }

    [Test]
    public void Data_symbols_become_status_with_no_value()
    {
        // Line 77 "1054 1026 -1 -28" with the PX symbols for 'not available', 'confidential' and nil written in.
        var text = RealText().Replace("1054 1026 -1 -28 ", "\"..\" \"....\" \"-\" ...... ", StringComparison.Ordinal);

        var first = ParseText(text, Latin1).OfType<ParsedObservation>().Take(4).ToList();

        Assert.That(first.Select(o => o.Status), Is.EqualTo(new[] { "..", "....", "-", "......" }));
        Assert.That(first.Select(o => o.Value), Is.All.Null);
    }

    [Test]
    public void A_value_that_is_no_number_is_a_problem_at_its_line_and_column_and_the_rest_still_parses()
    {
        var text = RealText().Replace("698 705 -13 7 ", "698 7o5 -13 7 ", StringComparison.Ordinal);

        var items = ParseText(text, Latin1);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.False);
            Assert.That(problem.Position, Is.EqualTo(new SourcePosition(85, 5, "DATA")));
            Assert.That(problem.Reason, Does.Contain("'7o5'"));
            Assert.That(items.OfType<ParsedObservation>().Count(), Is.EqualTo(63));
        });
    }

    [Test]
    public void A_file_cut_before_data_is_a_fatal_problem()
    {
        var text = RealText();
        text = text[..text.IndexOf("DATA=", StringComparison.Ordinal)];

        var items = ParseText(text, Latin1);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.True);
            Assert.That(problem.Position.Field, Is.EqualTo("DATA"));
            Assert.That(problem.Position.Line, Is.EqualTo(76), "the cut file ends on line 76");
            Assert.That(problem.Reason, Does.Contain("no DATA"));
            Assert.That(items.OfType<ParsedObservation>(), Is.Empty);
        });
    }

    [Test]
    public void A_truncated_data_section_is_a_fatal_problem_naming_the_line()
    {
        // Keep DATA's first 14 lines (56 values) and drop the rest, including the closing ';'.
        var text = RealText();
        var lines = text.Split('\n');
        text = string.Join('\n', lines.Take(76 + 14));

        var items = ParseText(text, Latin1);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.True);
            Assert.That(problem.Position.Line, Is.EqualTo(90));
            Assert.That(problem.Reason, Does.Contain("56 values").And.Contain("need 64").And.Contain("truncated"));
            Assert.That(items.OfType<ParsedObservation>(), Is.Empty, "values after a gap would land in the wrong cells");
        });
    }

    [Test]
    public void Data_without_closing_semicolon_is_fatal_even_when_the_count_fits()
    {
        var text = RealText();
        text = text[..text.LastIndexOf(';')];

        var problem = ParseText(text, Latin1).OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("does not end with ';'"));
    }

    [Test]
    public void Too_many_data_values_is_fatal()
    {
        var text = RealText().Replace("1004 1049 18 45 \n;", "1004 1049 18 45 99\n;", StringComparison.Ordinal);

        var problem = ParseText(text, Latin1).OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("65 values"));
    }

    [Test]
    public void A_file_cut_inside_a_string_is_fatal_where_the_string_starts()
    {
        // NOTEX (line 56) is a long text; cut the file in the middle of it.
        var text = RealText();
        text = text[..(text.IndexOf("NOTEX=\"Fr o m", StringComparison.Ordinal) + 14)];

        var items = ParseText(text, Latin1);

        var problem = items.OfType<ParseProblem>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Fatal, Is.True);
            Assert.That(problem.Position, Is.EqualTo(new SourcePosition(56, 7, "NOTEX")));
            Assert.That(problem.Reason, Does.Contain("no closing quote"));
        });
    }

    private const string Small = """
        CHARSET="ANSI";
        AXIS-VERSION="2010";
        LANGUAGE="sv";
        LANGUAGES="sv","en";
        MATRIX="HS0101";
        TITLE="Andel med gott hälsotillstånd efter region, kön och år";
        TITLE[en]="Share in good health by region, sex and year";
        CONTENTS="Andel med gott hälsotillstånd";
        CONTENTS[en]="Share in good health";
        UNITS="procent";
        STUB="region","kön";
        STUB[en]="region","sex";
        HEADING="år";
        HEADING[en]="year";
        VALUES("region")="00 Riket","0180 Stockholm",
        "Danderyd";
        VALUES[en]("region")="00 Sweden","0180 Stockholm",
        "Danderyd";
        VALUES("kön")="män och kvinnor","män","kvinnor";
        VALUES[en]("sex")="men and women","men","women";
        VALUES("år")="2025M01","2025M02";
        VALUES[en]("year")="2025M01","2025M02";
        TIMEVAL("år")=TLIST(M1, "2025M01"-"2025M02");
        ELIMINATION("kön")="män och kvinnor";
        NOTE="En lång text som PX delar på två rader med en "
        "fortsättning utan kommatecken.";
        DATA=
        71.5 72.0
        70.1 ".."
        72.9 73.1
        80.0 80.5 79.0 79.5 81.0 81.5
        "-" 60.0
        60.0 60.0
        60.0 60.0;
        """;

    [Test]
    public void Multi_line_value_lists_language_suffixes_months_elimination_and_names_without_codes()
    {
        var items = ParseText(Small, new UTF8Encoding(false));

        Assert.That(items.OfType<ParseProblem>(), Is.Empty);
        var observations = items.OfType<ParsedObservation>().ToList();
        Assert.That(observations, Has.Count.EqualTo(18));
        Assert.Multiple(() =>
        {
            // Row 0: 00 Riket × "män och kvinnor" (the ELIMINATION value, so total).
            Assert.That(observations[0].Area, Is.EqualTo("00"));
            Assert.That(observations[0].Period, Is.EqualTo("2025-01"));
            Assert.That((observations[0].Dimension, observations[0].Subgroup), Is.EqualTo(("total", "total")));
            Assert.That(observations[0].Value, Is.EqualTo(71.5));
            Assert.That(observations[0].IndicatorId, Is.EqualTo("HS0101"), "no TABLEID: MATRIX; one content, no suffix");
            // Row 1: Riket, män, 2025M02 is "..".
            Assert.That((observations[3].Dimension, observations[3].Subgroup), Is.EqualTo(("sex", "male")));
            Assert.That(observations[3].Status, Is.EqualTo(".."));
            // Row 5: "0180 Stockholm", kvinnor: the area is the code out of the value text.
            Assert.That(observations[10].Area, Is.EqualTo("0180"));
            Assert.That(observations[10].Subgroup, Is.EqualTo("female"));
            Assert.That(observations[10].Value, Is.EqualTo(81.0));
            // Row 6: "Danderyd" was continued onto the next line; without a code the name is the area.
            Assert.That(observations[12].Area, Is.EqualTo("Danderyd"));
            Assert.That(observations[12].Status, Is.EqualTo("-"));
        });

        var indicator = items.OfType<ParsedIndicator>().Single().Indicator;
        Assert.Multiple(() =>
        {
            Assert.That(indicator.Id, Is.EqualTo("HS0101"));
            Assert.That(indicator.Title, Is.EqualTo("Andel med gott hälsotillstånd"));
            Assert.That(indicator.TitleEn, Is.EqualTo("Share in good health"));
            Assert.That(indicator.Unit, Is.EqualTo("procent"));
        });
    }

    [Test]
    public void Sparse_keys_data_is_refused_rather_than_misread()
    {
        var text = Small.Replace("DATA=", "KEYS(\"region\")=VALUES;\nDATA=", StringComparison.Ordinal);

        var problem = ParseText(text, new UTF8Encoding(false)).OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Position.Field, Is.EqualTo("KEYS"));
    }

    [Test]
    public void A_table_without_a_time_variable_is_fatal()
    {
        var text = Small.Replace("TIMEVAL(\"år\")=TLIST(M1, \"2025M01\"-\"2025M02\");\n", string.Empty, StringComparison.Ordinal)
            .Replace("\"år\"", "\"mätning\"", StringComparison.Ordinal);

        var problem = ParseText(text, new UTF8Encoding(false)).OfType<ParseProblem>().Single();

        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("no time variable").And.Contain("'mätning'"));
    }

    [Test]
    public void Sniff_knows_a_px_head_and_refuses_csv_and_json()
    {
        var parser = new PxFileParser();
        var head = TextDecoding.ReadHead(() => File.OpenRead(PathOf(RealFile)), null);

        Assert.Multiple(() =>
        {
            Assert.That(parser.Sniff("BE0101N1.px", head), Is.True);
            Assert.That(parser.Sniff("download.txt", head), Is.True, "STUB/HEADING/DATA lines identify PX without the extension");
            Assert.That(parser.Sniff("a.px", "\"region\",\"kön\",\"2019\"\n"), Is.False);
            Assert.That(parser.Sniff("a.json", "{\"version\":\"2.0\"}"), Is.False);
            Assert.That(parser.Sniff("a.txt", "HELLO=1;\n"), Is.False, "a keyword line alone without PX body keywords or extension");
        });
    }
}
