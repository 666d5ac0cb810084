using Dapper;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Sdg;
using IndicatorHub.Storage.Queries.Sdg;

namespace IndicatorHub.Storage.Tests.Sdg;

public class SdgMappingStoreTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void A_new_database_holds_the_shipped_mapping_with_its_sources()
    {
        using var fixture = new StoreFixture();

        var stored = fixture.Store.Read(SdgMappingQuery.Run);

        Assert.That(stored, Is.EqualTo(CuratedMapping.Load()));
        Assert.That(stored, Has.Count.EqualTo(164));
        Assert.That(stored.Select(m => m.Source).Distinct(), Is.EquivalentTo(new[] { SdgMappingSource.Curated, SdgMappingSource.Kolada }));
        Assert.That(stored.PrimaryFor("N70402")?.Source, Is.EqualTo(SdgMappingSource.Curated), "not in RKA's Agenda 2030 set");
        Assert.That(stored.PrimaryFor("N00923")?.Source, Is.EqualTo(SdgMappingSource.Kolada), "in RKA's Agenda 2030 set");
        Assert.That(stored.PrimaryFor("N00923"), Has.Property("TargetId").EqualTo("3.4"));
    }

    [Test]
    public void Export_then_import_round_trips_without_loss_or_change()
    {
        using var fixture = new StoreFixture(new FixedClock(Now));
        fixture.Store.AddSdgMapping("N00923", 10, "10.2", isPrimary: false, note: "analyst, \"quoted\"\nover two lines");
        var before = fixture.Store.Read(SdgMappingQuery.Run);
        var csv = new StringWriter();
        SdgMappingCsv.Write(csv, before);

        var result = fixture.Store.ImportSdgMappings(new StringReader(csv.ToString()));

        Assert.That(result.Errors, Is.Empty);
        Assert.That((result.Applied, result.Rows, result.Added, result.Removed, result.Changed, result.Unchanged), Is.EqualTo((true, 165, 0, 0, 0, 165)));
        Assert.That(fixture.Store.Read(SdgMappingQuery.Run), Is.EqualTo(before), "same rows, same order, same times and notes");
    }

    [Test]
    public void A_bad_file_is_reported_line_by_line_and_leaves_the_mappings_exactly_as_before()
    {
        using var fixture = new StoreFixture();
        var before = Snapshot(fixture);
        const string file = """
            indicator,goal,target,primary,source
            N00923,3,3.4,true,analyst
            N00925,18,,true,analyst
            N01951,3,4.1,true,analyst
            N03920,8,8.5,maybe,analyst
            """;

        var result = fixture.Store.ImportSdgMappings(new StringReader(file));

        Assert.That(result.Applied, Is.False);
        Assert.That(result.Errors.Select(e => (e.Line, e.Column, e.Field)), Is.EqualTo(new (int, int, string?)[]
        {
            (3, 2, "goal"),
            (4, 3, "target"),
            (5, 4, "primary"),
        }));
        Assert.That(result.Errors[0].Reason, Does.Contain("unknown goal 18"));
        Assert.That(result.Errors[1].Reason, Does.Contain("belongs to goal 4"));
        Assert.That(Snapshot(fixture), Is.EqualTo(before));
    }

    [Test]
    public void Unknown_indicators_are_warnings_by_default_and_errors_when_asked()
    {
        using var fixture = new StoreFixture(new FixedClock(Now));
        AddIndicator(fixture, "N00923");
        const string file = """
            indicator,goal,target,primary,source
            N00923,3,3.4,true,analyst
            X99999,10,,true,analyst
            """;

        var strict = fixture.Store.ImportSdgMappings(new StringReader(file), new SdgMappingImportOptions { UnknownIndicatorsAreErrors = true });
        var lenient = fixture.Store.ImportSdgMappings(new StringReader(file));

        Assert.That(strict.Applied, Is.False);
        Assert.That(strict.Errors.Single(), Has.Property("Line").EqualTo(3).And.Property("Column").EqualTo(1).And.Property("IndicatorId").EqualTo("X99999"));
        Assert.That(lenient.Applied, Is.True);
        Assert.That(lenient.Warnings.Single().Line, Is.EqualTo(3));
        Assert.That(lenient.Warnings.Single().Reason, Does.Contain("applies once it is imported"));
        Assert.That(fixture.Store.Read(SdgMappingQuery.Run).IndicatorIds, Is.EqualTo(new[] { "N00923", "X99999" }));
    }

    [Test]
    public void An_import_replaces_the_whole_mapping_counts_the_changes_and_stamps_rows_without_a_time()
    {
        using var fixture = new StoreFixture(new FixedClock(Now));
        const string file = """
            indicator,goal,target,primary,source,note
            N00923,3,3.4,true,curated,edited note
            NEW001,10,10.1,true,analyst,
            """;

        var result = fixture.Store.ImportSdgMappings(new StringReader(file));

        Assert.That((result.Added, result.Removed, result.Changed, result.Unchanged), Is.EqualTo((1, 163, 1, 0)));
        var stored = fixture.Store.Read(SdgMappingQuery.Run);
        Assert.That(stored.Select(m => (m.IndicatorId, m.Note, m.MappedAt)), Is.EqualTo(new (string, string?, DateTimeOffset?)[]
        {
            ("N00923", "edited note", Now),
            ("NEW001", null, Now),
        }));
    }

    [Test]
    public void A_dry_run_counts_but_stores_nothing()
    {
        using var fixture = new StoreFixture();
        var before = Snapshot(fixture);

        var result = fixture.Store.ImportSdgMappings(
            new StringReader("indicator,goal,target,primary,source\nN00923,3,3.4,true,curated\n"), new SdgMappingImportOptions { DryRun = true });

        Assert.That((result.IsValid, result.Applied, result.Removed), Is.EqualTo((true, false, 163)));
        Assert.That(Snapshot(fixture), Is.EqualTo(before));
    }

    [Test]
    public void A_syntax_error_and_a_missing_column_are_errors_with_positions()
    {
        using var fixture = new StoreFixture();

        var missing = fixture.Store.ImportSdgMappings(new StringReader("indicator,goal,primary,source\nN00923,3,true,curated\n"));
        var broken = fixture.Store.ImportSdgMappings(new StringReader("indicator,goal,target,primary,source\nN00923,3,\"3.4,true,curated\n"));

        Assert.That(missing.Errors.Single(), Has.Property("Line").EqualTo(1).And.Property("Field").EqualTo("target"));
        Assert.That(broken.Errors.Single().Line, Is.EqualTo(2));
        Assert.That(fixture.Store.Read(SdgMappingQuery.Run), Has.Count.EqualTo(164));
    }

    [Test]
    public void An_analyst_mapping_is_stamped_by_the_store_clock_and_a_new_primary_demotes_the_old()
    {
        using var fixture = new StoreFixture(new FixedClock(Now));

        var added = fixture.Store.AddSdgMapping("N00923", 10, null, isPrimary: true, note: "life expectancy gap");

        Assert.That((added.Goal, added.TargetId, added.IsPrimary, added.Source, added.MappedAt, added.Note),
            Is.EqualTo((10, (string?)null, true, SdgMappingSource.Analyst, (DateTimeOffset?)Now, "life expectancy gap")));
        Assert.That(added.Progress, Is.EqualTo(new SdgProgressSettings { HigherIsBetter = true }), "the progress settings move with the primary flag");
        var n00923 = fixture.Store.Read(SdgMappingQuery.Run).For("N00923");
        Assert.That(n00923.Select(m => (m.Goal, m.TargetId, m.IsPrimary, m.Progress)),
            Is.EqualTo(new (int, string?, bool, SdgProgressSettings?)[] { (10, null, true, added.Progress), (3, "3.4", false, null) }));
    }

    [Test]
    public void A_first_mapping_of_an_indicator_becomes_primary_and_curated_cannot_be_added_by_hand()
    {
        using var fixture = new StoreFixture(new FixedClock(Now));

        var added = fixture.Store.AddSdgMapping("NEW001", 3, "3.D", isPrimary: false);

        Assert.That((added.IsPrimary, added.TargetId), Is.EqualTo((true, "3.d")));
        Assert.That(() => fixture.Store.AddSdgMapping("NEW002", 3, null, true, SdgMappingSource.Curated), Throws.ArgumentException);
        Assert.That(() => fixture.Store.AddSdgMapping("NEW002", 3, "4.1", true), Throws.InstanceOf<SdgMappingValidationException>());
        Assert.That(fixture.Store.Read(SdgMappingQuery.Run).IsMapped("NEW002"), Is.False);
    }

    [Test]
    public void Suggestions_cover_unmapped_indicators_and_an_accepted_one_becomes_a_mapping()
    {
        using var fixture = new StoreFixture(new FixedClock(Now));
        AddIndicator(fixture, "N00923", "Medellivslängd män, år");
        AddIndicator(fixture, "U99001", "Invånare 16-84 år som röker dagligen, andel (%)");

        var suggestions = fixture.Store.Read(c => SdgSuggestionQuery.ForUnmapped(c));

        Assert.That(suggestions.Select(s => s.IndicatorId), Is.EqualTo(new[] { "U99001" }), "N00923 is mapped by the curated file");
        var best = suggestions[0].Suggestions[0];
        Assert.That(best.TriggerWords, Does.Contain("röker"));

        var accepted = fixture.Store.AcceptSdgSuggestion(best, isPrimary: true);

        Assert.That((accepted.Source, accepted.MappedAt, accepted.Goal), Is.EqualTo((SdgMappingSource.Suggestion, (DateTimeOffset?)Now, best.Goal)));
        Assert.That(fixture.Store.Read(c => SdgSuggestionQuery.ForUnmapped(c)), Is.Empty);
        Assert.That(fixture.Store.Read(c => SdgSuggestionQuery.ForIndicator(c, "N00923")), Has.Property("IndicatorId").EqualTo("N00923"), "one indicator asked for by id is answered even when mapped");
        Assert.That(fixture.Store.Read(c => SdgSuggestionQuery.ForIndicator(c, "NOPE")), Is.Null);
    }

    [Test]
    public void The_database_refuses_a_second_primary_for_an_indicator()
    {
        using var fixture = new StoreFixture();

        Assert.That(
            () => fixture.Connection.Execute(
                "INSERT INTO sdg_mappings (position, indicator_code, goal, target, is_primary, source, mapped_at) VALUES (999, 'N00923', 10, NULL, 1, 'analyst', '2027-01-01T00:00:00+00:00')"),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("UNIQUE"));
    }

    private static void AddIndicator(StoreFixture fixture, string code, string? title = null)
    {
        using var writer = fixture.Store.BeginImport(new ImportBatchStart("meta.csv", "long-csv", code));
        writer.MergeIndicator(new Indicator(code, title ?? code));
        writer.Finish(1, 0, keepGoodRows: false, dryRun: false);
    }

    private static string Snapshot(StoreFixture fixture) =>
        string.Join('\n', fixture.Connection.Query("SELECT * FROM sdg_mappings ORDER BY id")
            .Select(r => string.Join('|', ((IDictionary<string, object>)r).Values)));
}
