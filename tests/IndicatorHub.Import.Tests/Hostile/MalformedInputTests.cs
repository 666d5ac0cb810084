using System.Text;
using System.Text.RegularExpressions;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Tests.Pipeline;

namespace IndicatorHub.Import.Tests.Hostile;

/// <summary>
/// Issue 11, class 1: malformed input is refused at its real line and column, never stored as different data.
/// One test per class of fault, over every format the class applies to.
/// </summary>
public class MalformedInputTests
{
    private const string Header = HostileInputHarness.LongCsvHeader;

    private const string HeatHeader =
        "setting,date,source,indicator_abbr,indicator_name,dimension,subgroup,estimate,se,ci_lb,ci_ub,population,note,setting_average,iso3,favourable_indicator,indicator_scale,ordered_dimension,subgroup_order,reference_subgroup\n";

    // ---- Quotes (RFC 4180) in every delimited parser ----

    private static readonly object[] QuoteFaults =
    [
        // what, format, file text, line, column, reason
        new object[] { "long CSV: text after the closing quote of a value", ImportFormat.LongCsv, Header + "N00923,0180,2021,total,total,81.5\nN00923,1280,2021,total,total,\"1\"2\n", 3L, 6, "follows the closing quote" },
        new object[] { "long CSV: text after the closing quote of an id", ImportFormat.LongCsv, Header + "\"LC\"1,0180,2021,total,total,1\n", 2L, 1, "follows the closing quote" },
        new object[] { "long CSV: a quote inside an unquoted field", ImportFormat.LongCsv, Header + "N00923,01\"80,2021,total,total,1\n", 2L, 2, "inside a field" },
        new object[] { "long CSV: an open quote closed on a later line", ImportFormat.LongCsv, Header + "N00923,0180,2021,total,total,1\nN00923,\"1280,2021,total,total,2\nN00923,\"0114\",2021,total,total,3\n", 3L, 2, "closing quote on this line is probably missing" },
        new object[] { "long CSV: a quote never closed", ImportFormat.LongCsv, Header + "N00923,0180,2021,total,total,1\nN00923,\"1280,2021,total,total,2\n", 3L, 2, "never closed" },
        new object[] { "Kolada CSV: text after the closing quote", ImportFormat.KoladaCsv, "geo,year,n00923\n0180,2021,\"81\"5\n", 2L, 3, "follows the closing quote" },
        new object[] { "Kolada CSV: a quote inside an unquoted field", ImportFormat.KoladaCsv, "geo,year,n00923\n0180,2021,81.5\n01\"14,2021,80\n", 3L, 1, "inside a field" },
        new object[] { "SCB CSV: unbalanced quote on line 3 (was reported at line 4)", ImportFormat.ScbCsv, "\"region\",\"2019\"\n\"0114 Upplands Väsby\",1\n\"0180 Stockholm,2\n\"1280 Malmö\",3\n", 3L, 1, "closing quote on this line is probably missing" },
        new object[] { "SCB CSV: text after the closing quote", ImportFormat.ScbCsv, "\"region\",\"2019\"\n\"0114 Upplands Väsby\",\"1\"2\n", 2L, 2, "follows the closing quote" },
        new object[] { "HEAT CSV: text after the closing quote", ImportFormat.HeatCsv, HeatHeader + "Indonesia,2017,DHS,anc1,ANC,Region,\"bali\"x,97.6,,,,,,,IDN,1,100,0,0,\n", 2L, 7, "follows the closing quote" },
    ];

    [TestCaseSource(nameof(QuoteFaults))]
    public void A_quoting_fault_is_refused_at_its_line_and_field(string what, ImportFormat format, string text, long line, int column, string reason)
    {
        using var h = new HostileInputHarness();

        // The indicator id is given, so that an SCB file's rows fail only on what is wrong with them.
        var result = h.Import(what + ".csv", HostileInputHarness.Utf8(text), format, new ParseOptions { IndicatorId = "X1" });

        h.AssertRejected(result, line, column, reason);
    }

    [Test]
    public void A_px_string_left_open_on_line_13_is_reported_at_line_13()
    {
        // The real TAB638 file with the closing quote of CONTENTS="Folkmängden"; (line 13) removed. Before the
        // fix the string ran to the next quote and the fault was reported at line 20.
        using var h = new HostileInputHarness();
        var bytes = File.ReadAllBytes(PipelineHarness.TestData("px", "BE0101N1_TAB638_subset.px"));
        var text = Encoding.Latin1.GetString(bytes);
        var lines = text.Split('\n');
        Assert.That(lines[12], Does.StartWith("CONTENTS=\"Folkm"), "line 13 of the fixture");
        lines[12] = lines[12].Replace("\";", ";", StringComparison.Ordinal);

        var result = h.Import("open_quote.px", Encoding.Latin1.GetBytes(string.Join('\n', lines)), ImportFormat.Px);

        h.AssertRejected(result, 13, 10, "no closing quote on its line");
    }

    // ---- Control characters, byte-order marks and lengths in keys ----

    private static readonly object[] BadKeys =
    [
        new object[] { "NUL in the indicator id", Header + "N00\u0000923,0180,2021,total,total,1\n", 2L, 1, "NUL" },
        new object[] { "BOM before a row's first cell", Header + "N00923,0180,2021,total,total,1\n\uFEFFN00923,1280,2021,total,total,2\n", 3L, 1, "byte-order mark" },
        new object[] { "NUL in a dimension", Header + "N00923,0180,2021,k\u0000n,kvinnor,1\n", 2L, 1, "NUL" },
        new object[] { "escape character in a subgroup", Header + "N00923,0180,2021,kön,kvin\u001Bnor,1\n", 2L, 1, "U+001B" },
        new object[] { "zero-width space in the area", Header + "N00923,0180\u200B,2021,total,total,1\n", 2L, 2, "U+200B" },
        new object[] { "an id of 300 characters", Header + new string('N', 300) + ",0180,2021,total,total,1\n", 2L, 1, "at most 200" },
    ];

    [TestCaseSource(nameof(BadKeys))]
    public void A_key_with_an_invisible_character_or_too_long_is_refused(string what, string text, long line, int column, string reason)
    {
        using var h = new HostileInputHarness();

        var result = h.Import(what + ".csv", HostileInputHarness.Utf8(text), ImportFormat.LongCsv);

        h.AssertRejected(result, line, column, reason);
    }

    [Test]
    public void A_10_MB_id_is_refused_without_being_stored_or_echoed()
    {
        using var h = new HostileInputHarness();
        var text = Header + new string('X', 10_000_000) + ",0180,2021,total,total,1\n";

        var result = h.Import("huge_id.csv", HostileInputHarness.Utf8(text), ImportFormat.LongCsv);

        var error = h.AssertRejected(result, 2, 1, "longer than");
        Assert.That(error.Reason.Length, Is.LessThan(1000), "only an excerpt of the cell is quoted");
    }

    [Test]
    public void Kolada_json_ids_with_control_characters_are_refused()
    {
        using var h = new HostileInputHarness();
        var json = """{"values":[{"kpi":"N0\u00001951","municipality":"0180","period":2021,"values":[{"gender":"T","value":1,"status":""}]}]}""";

        var result = h.Import("nul.json", HostileInputHarness.Utf8(json), ImportFormat.KoladaJson);

        Assert.That(result.Summary.Outcome, Is.EqualTo(Storage.Imports.ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors[0].Reason, Does.Contain("NUL"));
        Assert.That(result.Summary.Errors[0].Line, Is.EqualTo(1));
        h.AssertStoreUnchanged();
    }

    // ---- Encodings: every byte checked against the detected or declared encoding ----

    [Test]
    public void Latin1_after_64_KiB_of_UTF8_is_refused_at_its_line()
    {
        using var h = new HostileInputHarness();
        var text = new StringBuilder(Header);
        for (var i = 0; i < 2000; i++)
        {
            text.Append("N00923,0180,2021,ålder,grupp ").Append(i).Append(",1\n");
        }

        var utf8 = HostileInputHarness.Utf8(text.ToString());
        Assert.That(utf8.Length, Is.GreaterThan(64 * 1024), "the fault lies beyond the sniffed start");
        var latin1Line = Encoding.Latin1.GetBytes("N00923,0180,2021,ålder,sist,1\n");
        var file = utf8.Concat(latin1Line).ToArray();

        var result = h.Import("mixed.csv", file, ImportFormat.LongCsv);

        // Header is line 1, 2000 rows are lines 2–2001, the Latin-1 row is line 2002; 'å' is its 18th character.
        h.AssertRejected(result, 2002, 18, "not valid UTF-8");
    }

    [Test]
    public void UTF8_after_Latin1_is_refused_as_mixed_encodings()
    {
        using var h = new HostileInputHarness();
        var latin1 = Encoding.Latin1.GetBytes(Header + "N00923,0180,2021,ålder,a,1\n");
        var utf8 = HostileInputHarness.Utf8("N00923,0180,2021,ålder,b,1\n");

        var result = h.Import("mixed.csv", latin1.Concat(utf8).ToArray(), ImportFormat.LongCsv);

        h.AssertRejected(result, 3, 18, "mixes two encodings");
    }

    [Test]
    public void A_UTF8_BOM_followed_by_invalid_UTF8_is_refused()
    {
        using var h = new HostileInputHarness();
        var file = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.Latin1.GetBytes(Header + "N00923,0180,2021,kön,män,1\n")).ToArray();

        var result = h.Import("bom.csv", file, ImportFormat.LongCsv);

        // "N00923,0180,2021,k" is 18 characters; the Latin-1 'ö' is the 19th.
        h.AssertRejected(result, 2, 19, "byte-order mark says so");
    }

    [Test]
    public void A_px_whose_CODEPAGE_says_utf8_over_Latin1_bytes_is_refused()
    {
        using var h = new HostileInputHarness();
        var bytes = File.ReadAllBytes(PipelineHarness.TestData("px", "BE0101N1_TAB638_subset.px"));
        var text = Encoding.Latin1.GetString(bytes).Replace("CODEPAGE=\"iso-8859-1\"", "CODEPAGE=\"utf-8\"", StringComparison.Ordinal);
        var file = Encoding.Latin1.GetBytes(text);

        // The first byte above 0x7F is the 'ä' of "Folkmängden" in TITLE on line 12.
        var firstHigh = Array.FindIndex(file, b => b >= 0x80);
        var line = file.AsSpan(0, firstHigh).Count((byte)'\n') + 1;
        var column = firstHigh - file.AsSpan(0, firstHigh).LastIndexOf((byte)'\n');
        Assert.That(line, Is.EqualTo(12));

        var result = h.Import("codepage.px", file, ImportFormat.Px);

        h.AssertRejected(result, line, column, "not valid UTF-8");
    }

    [Test]
    public void A_declared_encoding_is_checked_too()
    {
        using var h = new HostileInputHarness();
        var file = Encoding.Latin1.GetBytes("geo,year,n00923\n0180,2021,81.5\n1280,2021,8å\n");

        var result = h.Import("declared.csv", file, ImportFormat.KoladaCsv, new ParseOptions { Encoding = Encoding.UTF8 });

        h.AssertRejected(result, 3, 12, "as declared");
    }

    // ---- Numbers: nothing non-finite is stored ----

    [Test]
    public void A_Kolada_value_of_1e400_is_refused()
    {
        using var h = new HostileInputHarness();
        var json = File.ReadAllText(PipelineHarness.TestData("kolada", "v2_data_N01951_1994.json"));
        var match = Regex.Match(json, "\"value\": 4460127");
        Assert.That(match.Success, "the first value of the fixture");
        var line = json.AsSpan(0, match.Index).Count('\n') + 1;
        var column = match.Index - json.LastIndexOf('\n', match.Index) + "\"value\": ".Length;
        json = json.Remove(match.Index, match.Length).Insert(match.Index, "\"value\": 1e400");

        var result = h.Import("inf.json", HostileInputHarness.Utf8(json), ImportFormat.KoladaJson);

        h.AssertRejected(result, line, column, "beyond the largest number");
    }

    [TestCase("1e400")]
    [TestCase("-1e309")]
    [TestCase("Infinity")]
    public void A_long_CSV_value_that_is_not_finite_is_refused(string cell)
    {
        using var h = new HostileInputHarness();

        var result = h.Import("inf.csv", HostileInputHarness.Utf8(Header + "N00923,0180,2021,total,total," + cell + "\n"), ImportFormat.LongCsv);

        h.AssertRejected(result, 2, 6, "not a number");
    }

    // ---- Duplicate JSON keys ----

    private static readonly object[] DuplicateKeys =
    [
        new object[] { "municipality twice", """{"values":[{"kpi":"N01951","municipality":"0180","municipality":"1280","period":2021,"values":[{"gender":"T","value":1}]}]}""", "municipality" },
        new object[] { "value twice", """{"values":[{"kpi":"N01951","municipality":"0180","period":2021,"values":[{"gender":"T","value":1,"value":2}]}]}""", "value" },
        new object[] { "two top-level values", "{\"values\":[],\n\"values\":[{\"kpi\":\"N01951\",\"municipality\":\"0180\",\"period\":2021,\"values\":[{\"gender\":\"T\",\"value\":1}]}]}", "values" },
    ];

    [TestCaseSource(nameof(DuplicateKeys))]
    public void A_duplicate_Kolada_JSON_key_is_an_error(string what, string json, string key)
    {
        using var h = new HostileInputHarness();

        // The second occurrence of the key is where the file goes wrong.
        var quoted = $"\"{key}\":";
        var second = json.IndexOf(quoted, json.IndexOf(quoted, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var line = json.AsSpan(0, second).Count('\n') + 1;
        var column = second - json.LastIndexOf('\n', Math.Max(0, second - 1));
        var result = h.Import(what + ".json", HostileInputHarness.Utf8(json), ImportFormat.KoladaJson);

        h.AssertRejected(result, line, column, $"\"{key}\" occurs twice");
    }

    [Test]
    public void A_duplicate_PxWeb_JSON_key_is_an_error()
    {
        using var h = new HostileInputHarness();
        var json = File.ReadAllText(PipelineHarness.TestData("pxweb", "pxweb2_TAB6471_data.json"));
        json = json.Replace("\"class\": \"dataset\",", "\"class\": \"dataset\",\n  \"class\": \"dataset\",", StringComparison.Ordinal);

        var result = h.Import("dup.json", HostileInputHarness.Utf8(json), ImportFormat.PxWebJson);

        Assert.That(result.Summary.Outcome, Is.EqualTo(Storage.Imports.ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors[0].Reason, Does.Contain("\"class\" occurs twice"));
        Assert.That((result.Summary.Errors[0].Line, result.Summary.Errors[0].Column), Is.EqualTo((4L, 3)), "the second \"class\" is on line 4 after two spaces");
        h.AssertStoreUnchanged();
    }
}
