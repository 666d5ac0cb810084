using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class SdgMappingCsvTests
{
    private static readonly HashSet<string> Known = ["U01402", "N03920", "N05401", "N66077", "X1"];

    private static SdgMappingReadResult Read(string csv, IReadOnlySet<string>? known = null) =>
        SdgMappingCsv.Read(new StringReader(csv), known ?? Known);

    private static string Write(IEnumerable<SdgMapping> mappings)
    {
        using var writer = new StringWriter();
        SdgMappingCsv.Write(writer, mappings);
        return writer.ToString();
    }

    [Test]
    public void Curated_file_is_written_back_byte_for_byte()
    {
        // The shipped file is kept in the writer's canonical form, so read → write is the identity on its text.
        var text = File.ReadAllText(Path.Combine(SdgTestData.DataSdg, CuratedMapping.FileName));
        var result = SdgMappingCsv.Read(new StringReader(text), null);
        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Errors));
        Assert.That(Write(result.Mappings), Is.EqualTo(text));
    }

    [Test]
    public void Round_trip_keeps_every_field_including_awkward_text_numbers_and_offsets()
    {
        var tricky = new[]
        {
            new SdgMapping("U01402", 3, "3.a", true, SdgMappingSource.Analyst, new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567),
                "Note with, comma and \"quotes\"\nand a second line", new SdgProgressSettings { HigherIsBetter = false, TargetValue = 4.999999999999999, TargetYear = 2025, BaseYear = 2016 }),
            new SdgMapping("U01402", 3, "3.4", false, SdgMappingSource.Suggestion, null, "  leading and trailing spaces  "),
            new SdgMapping("N03920", 8, null, true, SdgMappingSource.Kolada, DateTimeOffset.UnixEpoch, null, new SdgProgressSettings { HigherIsBetter = false, Limit = 1e-7 }),
            new SdgMapping("N66077", 1, "1.2", true, SdgMappingSource.Curated, new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), "Låg ekonomisk standard – ÅÄÖ", new SdgProgressSettings { HigherIsBetter = true, TargetValue = -3.5 }),
        };

        var first = Read(Write(tricky));
        Assert.That(first.Errors, Is.Empty);
        Assert.That(first.Mappings, Is.EqualTo(tricky));
        Assert.That(first.Mappings[0].MappedAt!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(2)), "the offset survives, not just the instant");
        Assert.That(Write(first.Mappings), Is.EqualTo(Write(tricky)));
    }

    [Test]
    public void Notes_a_spreadsheet_would_read_as_formulas_are_neutralised_in_the_file_and_read_back_unchanged()
    {
        var risky = new[]
        {
            new SdgMapping("U01402", 3, "3.a", true, SdgMappingSource.Analyst, DateTimeOffset.UnixEpoch, "=HYPERLINK(\"http://example.com\")", new SdgProgressSettings { HigherIsBetter = false, TargetValue = -0.5 }),
            new SdgMapping("N03920", 8, null, true, SdgMappingSource.Analyst, DateTimeOffset.UnixEpoch, "-uncertain: 8.5 or 8.6"),
            new SdgMapping("N05401", 16, null, true, SdgMappingSource.Analyst, DateTimeOffset.UnixEpoch, "'=already an apostrophe"),
        };

        var text = Write(risky);
        var back = Read(text);

        Assert.That(text, Does.Contain(",\"'=HYPERLINK(\"\"http://example.com\"\")\"\n"), "the formula is text in a spreadsheet");
        Assert.That(text, Does.Contain(",'-uncertain: 8.5 or 8.6\n"));
        Assert.That(text, Does.Contain(",-0.5,"), "a negative number stays a number");
        Assert.That(back.Errors, Is.Empty);
        Assert.That(back.Mappings, Is.EqualTo(risky));
    }

    [Test]
    public void Minimal_five_column_file_is_read_with_defaults()
    {
        var result = Read("indicator,goal,target,primary,source\r\nU01402,3,3.A,TRUE,Curated\r\nU01402,3,,0,curated\r\n");
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Mappings, Is.EqualTo(new[]
        {
            new SdgMapping("U01402", 3, "3.a", true, SdgMappingSource.Curated, null),
            new SdgMapping("U01402", 3, null, false, SdgMappingSource.Curated, null),
        }));
    }

    [Test]
    public void All_row_errors_are_reported_with_line_column_and_reason_and_nothing_is_returned()
    {
        const string csv =
            "indicator,goal,target,primary,source\n" +
            "U01402,3,3.a,true,curated\n" + // line 2: fine
            "N03920,18,,true,curated\n" + // line 3: unknown goal
            "N05401,16,16.99,true,curated\n" + // line 4: unknown target
            "N66077,3,4.1,true,curated\n" + // line 5: target not in goal
            "X1,8,8.5,yes,curated\n" + // line 6: bad boolean
            "U01402,3,3.4,true,curated\n" + // line 7: second primary for U01402
            "N99999,3,,true,curated\n" + // line 8: unknown indicator
            "X1,8,,true,guess\n"; // line 9: bad source (and X1 then has no valid primary row)

        var result = Read(csv);

        Assert.That(result.Mappings, Is.Empty, "no partial result");
        Assert.That(result.IsValid, Is.False);
        var found = result.Errors.Select(e => (e.Line, e.Column)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(found, Does.Contain((3, (string?)"goal")));
            Assert.That(found, Does.Contain((4, (string?)"target")));
            Assert.That(found, Does.Contain((5, (string?)"target")));
            Assert.That(found, Does.Contain((6, (string?)"primary")));
            Assert.That(found, Does.Contain((7, (string?)"primary")));
            Assert.That(found, Does.Contain((8, (string?)"indicator")));
            Assert.That(found, Does.Contain((9, (string?)"source")));
            Assert.That(found.Select(f => f.Line), Does.Not.Contain(2));
            Assert.That(result.Errors.Single(e => e.Line == 5).Reason, Does.Contain("belongs to goal 4"));
            Assert.That(result.Errors.Single(e => e.Line == 7).Reason, Does.Contain("first is on line 2"));
            Assert.That(result.Errors.Single(e => e.Line == 6).Reason, Does.Contain("'yes' is not a boolean"));
            Assert.That(result.Errors.Select(e => e.Line), Is.Ordered);
        });
    }

    [Test]
    public void Indicator_without_primary_is_an_error_on_its_first_line()
    {
        var result = Read("indicator,goal,target,primary,source\nU01402,3,3.a,false,curated\nU01402,3,3.4,false,curated\n");
        var error = result.Errors.Single();
        Assert.That((error.Line, error.Column, error.IndicatorId), Is.EqualTo((2, (string?)"primary", (string?)"U01402")));
    }

    [Test]
    public void Duplicate_link_is_an_error()
    {
        var result = Read("indicator,goal,target,primary,source\nU01402,3,3.a,true,curated\nU01402,3,3.a,false,analyst\n");
        Assert.That(result.Errors.Single().Reason, Does.StartWith("duplicate mapping"));
    }

    [Test]
    public void Header_problems_are_reported_before_any_row()
    {
        var result = Read("indicator,goal,primay,source,target\nU01402,3,true,curated,3.a\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => (e.Line, e.Column)), Is.EquivalentTo(new[] { (1, (string?)"primay"), (1, (string?)"primary") }));
            Assert.That(result.Errors.First(e => e.Column == "primary").Reason, Does.Contain("missing"));
        });
    }

    [Test]
    public void Progress_settings_on_a_secondary_row_and_bad_numbers_are_errors()
    {
        const string csv =
            "indicator,goal,target,primary,source,higher_is_better,target_value,target_year,base_year\n" +
            "U01402,3,3.a,true,curated,false,5,2025,2015\n" +
            "U01402,3,3.4,false,curated,false,,,\n" + // line 3: progress on secondary
            "N03920,8,8.5,true,curated,false,\"4,5\",2030,\n" + // line 4: decimal comma
            "N05401,16,16.7,true,curated,true,80,2010,2015\n"; // line 5: target year before base year
        var result = Read(csv);
        Assert.That(result.Errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new[]
        {
            (3, (string?)"primary"),
            (4, (string?)"target_value"),
            (5, (string?)"target_year"),
        }));
    }

    [Test]
    public void Unterminated_quote_is_a_syntax_error_with_its_line()
    {
        var result = Read("indicator,goal,target,primary,source,note\nU01402,3,3.a,true,curated,\"open quote\n");
        var error = result.Errors.Single();
        Assert.That((error.Line, error.Reason), Is.EqualTo((2, "a quoted field is not closed before the end of the file")));
    }

    [Test]
    public void Row_with_wrong_field_count_is_an_error()
    {
        var result = Read("indicator,goal,target,primary,source\nU01402,3,3.a,true\n");
        Assert.That(result.Errors.Single().Reason, Does.Contain("4 fields but the header has 5"));
    }

    [Test]
    public void Known_indicator_check_is_skipped_when_no_set_is_given()
    {
        var result = SdgMappingCsv.Read(new StringReader("indicator,goal,target,primary,source\nANY,3,,true,curated\n"), null);
        Assert.That(result.IsValid, Is.True);
    }
}
