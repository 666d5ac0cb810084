using System.Diagnostics;
using System.Globalization;
using System.Text;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Tests.Formats.LongCsv;

public class LongCsvParserTests
{
    private const string Header = "indicator,area,period,dimension,subgroup,value,status,se,ci_lb,ci_ub,population,batch";

    private static readonly LongCsvParser Parser = new();

    private static List<ParsedItem> Parse(string text, ParseOptions? options = null) =>
        FormatFixtures.Parse(Parser, FormatFixtures.Text("test.csv", text), options);

    [Test]
    public void The_export_file_reads_back_with_exact_values()
    {
        var items = FormatFixtures.Parse(Parser, FormatFixtures.File("longcsv", "longcsv_export_N01951_by_sex.csv"));
        var observations = items.Observations();

        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations, Has.Count.EqualTo(18));
        var riket = observations[0];
        Assert.Multiple(() =>
        {
            Assert.That((riket.IndicatorId, riket.Area, riket.Period, riket.Dimension, riket.Subgroup, riket.Value), Is.EqualTo(("N01951", "0000", "1994", "total", "total", (double?)8816381)));
            Assert.That(riket.Position.Line, Is.EqualTo(2));
            Assert.That(riket.AreaPosition, Is.EqualTo(new SourcePosition(2, 2, "area")));
            Assert.That(riket.PeriodPosition, Is.EqualTo(new SourcePosition(2, 3, "period")));
        });

        var stockholmWomen2022 = observations.Single(o => o.Area == "0180" && o.Period == "2022" && o.Subgroup == "female");
        Assert.That(stockholmWomen2022.Value, Is.EqualTo(496463));
        Assert.That(stockholmWomen2022.Dimension, Is.EqualTo("sex"));

        // Nykvarn did not exist in 1994: empty value, quoted status with a comma.
        var nykvarn = observations.Where(o => o.Area == "0140" && o.Period == "1994").ToList();
        Assert.That(nykvarn, Has.Count.EqualTo(3));
        Assert.That(nykvarn.Select(o => o.Value), Is.All.Null);
        Assert.That(nykvarn.Select(o => o.Status), Is.All.EqualTo("saknas, kommunen fanns inte"));
    }

    [Test]
    public void An_analysts_file_reads_with_a_column_mapping_decimal_commas_and_no_dimension()
    {
        var mapping = new Dictionary<string, string> { ["indicator"] = "kpi", ["area"] = "kommun", ["period"] = "år", ["value"] = "värde" };
        var source = FormatFixtures.File("longcsv", "longcsv_analyst_semicolon_mapped.csv");
        var items = FormatFixtures.Parse(Parser, source, new ParseOptions { ColumnMapping = mapping });
        var observations = items.Observations();

        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations, Has.Count.EqualTo(6));
        var stockholm = observations.Single(o => o.Area == "0180" && o.Period == "2022");
        Assert.Multiple(() =>
        {
            Assert.That(stockholm.IndicatorId, Is.EqualTo("N00923"));
            Assert.That(stockholm.Value, Is.EqualTo(81.29));
            Assert.That((stockholm.Dimension, stockholm.Subgroup), Is.EqualTo(("total", "total")));
            Assert.That(stockholm.AreaPosition, Is.EqualTo(new SourcePosition(7, 2, "kommun")));
        });

        Assert.That(new LongCsvParser(mapping).Sniff(source.Name, "\uFEFFkpi;kommun;år;värde\r\n"), Is.True);
    }

    [Test]
    public void Column_order_is_free_and_optional_columns_may_be_left_out()
    {
        var items = Parse("value,period,area,indicator,subgroup,dimension\n12.5,2021,0180,N00923,female,sex\n,2021,1280,N00923,male,sex\n");
        var observations = items.Observations();
        Assert.That(items.Problems(), Is.Empty);
        Assert.That(observations[0].Value, Is.EqualTo(12.5));
        Assert.That((observations[0].Area, observations[0].Dimension, observations[0].Subgroup), Is.EqualTo(("0180", "sex", "female")));
        Assert.That(observations[1].Value, Is.Null);
        Assert.That(observations[1].Status, Is.Null);
    }

    [Test]
    public void A_missing_value_symbol_becomes_the_status()
    {
        var observation = Parse("indicator,area,period,value\nN00923,0180,2021,..\n").Observations().Single();
        Assert.That(observation.Value, Is.Null);
        Assert.That(observation.Status, Is.EqualTo(".."));
    }

    [Test]
    public void A_missing_required_column_is_fatal_and_named()
    {
        var problem = Parse("indicator,area,value\nN00923,0180,1\n").Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("'period'"));
        Assert.That(problem.Position.Line, Is.EqualTo(1));
    }

    [Test]
    public void A_mapped_column_that_is_missing_names_both_names()
    {
        var options = new ParseOptions { ColumnMapping = new Dictionary<string, string> { ["period"] = "år" } };
        var problem = Parse("indicator,area,period,value\nN00923,0180,2021,1\n", options).Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("'år' (mapped to period)"));
    }

    [Test]
    public void A_dimension_without_a_subgroup_column_is_fatal()
    {
        var problem = Parse("indicator,area,period,dimension,value\nN00923,0180,2021,sex,1\n").Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Reason, Does.Contain("'subgroup'"));
    }

    [Test]
    public void A_row_with_the_wrong_field_count_is_rejected_with_its_position_and_the_next_row_still_reads()
    {
        var items = Parse($"{Header}\nN00923,0180,2021,total,total,80.1\nN00923,0180,2022,total,total,80.2,,,,,,1\n");
        var problem = items.Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, 7, "status")));
        Assert.That(problem.Reason, Does.Contain("6 fields but the header has 12"));
        Assert.That(items.Observations().Single().Value, Is.EqualTo(80.2));
    }

    [TestCase("abc", "", "", "", 6, "value")]
    [TestCase("1", "big", "", "", 8, "se")]
    [TestCase("1", "", "1,2,3", "", 9, "ci_lb")]
    [TestCase("1", "", "", "many", 11, "population")]
    public void A_cell_that_is_not_a_number_is_reported_at_its_cell(string value, string se, string lower, string population, int column, string field)
    {
        var csv = $"{Header}\nN00923,0180,2021,total,total,{value},,{se},\"{lower}\",,{population},1\n";
        var problem = Parse(csv).Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, column, field)));
        Assert.That(problem.Fatal, Is.False);
        Assert.That(problem.Reason, Does.Contain("is not a number"));
    }

    [Test]
    public void An_empty_key_cell_is_reported()
    {
        var problem = Parse("indicator,area,period,value\nN00923,,2021,1\n").Problems().Single();
        Assert.That(problem.Position, Is.EqualTo(new SourcePosition(2, 2, "area")));
    }

    [Test]
    public void A_quoted_line_break_keeps_the_line_numbers_right()
    {
        var items = Parse("indicator,area,period,value,status\nN00923,0180,2021,1,\"two\nlines\"\nN00923,0180,2022,abc,\n");
        Assert.That(items.Observations().Single().Status, Is.EqualTo("two\nlines"));
        Assert.That(items.Problems().Single().Position, Is.EqualTo(new SourcePosition(4, 4, "value")));
    }

    [Test]
    public void An_unclosed_quote_is_fatal()
    {
        var problem = Parse("indicator,area,period,value\nN00923,\"0180,2021,1\n").Problems().Single();
        Assert.That(problem.Fatal, Is.True);
        Assert.That(problem.Position.Line, Is.EqualTo(2));
    }

    [Test]
    public void An_empty_file_is_fatal() =>
        Assert.That(Parse(string.Empty).Problems().Single().Fatal, Is.True);

    [Test]
    public void Sniff_wants_indicator_area_and_period()
    {
        Assert.That(Parser.Sniff("x.csv", Header + "\n"), Is.True);
        Assert.That(Parser.Sniff("x.csv", "geo,year,n01951\r\n"), Is.False);
        Assert.That(Parser.Sniff("x.csv", "setting,date,source,indicator_abbr\n"), Is.False);
    }
}
