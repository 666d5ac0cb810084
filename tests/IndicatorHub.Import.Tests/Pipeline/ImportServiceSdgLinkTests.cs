using IndicatorHub.Core.Sdg;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Sdg;

namespace IndicatorHub.Import.Tests.Pipeline;

/// <summary>
/// Kolada's Agenda 2030 KPI groups become mappings with source kolada, inside the file's one transaction, and never
/// overwrite curated or analyst mappings (fixture and its rules: TestData/kolada/README.md).
/// </summary>
public class ImportServiceSdgLinkTests
{
    private const string Fixture = "v3_kpi_groups_agenda2030.json";

    [Test]
    public void Beside_the_curated_mapping_only_links_to_new_goals_are_stored_and_none_is_primary()
    {
        using var h = new PipelineHarness();
        var curated = h.Store.Read(SdgMappingQuery.Run).ToList();

        var result = h.ImportFile("kolada", Fixture);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored), string.Join('\n', result.Summary.Errors));
        var after = h.Store.Read(SdgMappingQuery.Run);
        // The shipped mapping has source kolada rows of its own (RKA's Agenda 2030 set), so compare with before.
        var kolada = after.Where(m => !curated.Any(m.SameLinkAs)).ToList();

        // Goal 3: every member already maps to a goal-3 target (curated), so nothing is added; goal 8: N03920 is
        // curated under 8.5, N01982 is new there; goal 10: N66077 is curated under 10.2, N05401 and N03920 are new.
        Assert.That(kolada.Select(m => (m.IndicatorId, m.Goal, m.TargetId, m.IsPrimary)), Is.EqualTo(new (string, int, string?, bool)[]
        {
            ("N01982", 8, null, false), ("N05401", 10, null, false), ("N03920", 10, null, false),
        }));
        Assert.That(kolada.Select(m => m.Source), Is.All.EqualTo(SdgMappingSource.Kolada));
        Assert.That(kolada[1].Note, Is.EqualTo("Kolada KPI group GA2030M10: Agenda 2030 – Mål 10. Minskad ojämlikhet"));
        Assert.That(after.Where(m => curated.Any(m.SameLinkAs)), Is.EqualTo(curated), "shipped rows, primaries and progress settings unchanged");
        Assert.That(after.PrimaryFor("N03920")!.TargetId, Is.EqualTo("8.5"));
    }

    [Test]
    public void Re_importing_the_same_groups_adds_nothing()
    {
        using var h = new PipelineHarness();
        h.ImportFile("kolada", Fixture);
        var first = h.Store.Read(SdgMappingQuery.Run).ToList();

        var again = h.ImportFile("kolada", Fixture);

        Assert.That(again.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        Assert.That(h.Store.Read(SdgMappingQuery.Run), Is.EqualTo(first));
    }

    [Test]
    public void Without_any_mapping_an_indicators_first_kolada_link_becomes_its_primary()
    {
        using var h = new PipelineHarness();
        var cleared = h.Store.ImportSdgMappings(new StringReader("indicator,goal,target,primary,source\n"));
        Assume.That(cleared.Applied && h.Store.Read(SdgMappingQuery.Run).Count == 0, "an analyst can clear the mapping");

        h.ImportFile("kolada", Fixture);

        var mappings = h.Store.Read(SdgMappingQuery.Run);
        Assert.That(mappings, Has.Count.EqualTo(10));
        Assert.That(mappings.Select(m => m.Source), Is.All.EqualTo(SdgMappingSource.Kolada));
        Assert.That(mappings.For("N03920").Select(m => (m.Goal, m.IsPrimary)), Is.EqualTo(new[] { (8, true), (10, false) }), "goal 8's group comes first in the file");
        Assert.That(mappings.PrimaryFor("U01402")!.Goal, Is.EqualTo(3));
    }

    [Test]
    public void An_analysts_goal_level_mapping_is_left_as_it_is()
    {
        using var h = new PipelineHarness();
        var analyst = h.Store.AddSdgMapping("N05401", 10, null, isPrimary: false, note: "valdeltagande och ojämlikhet");

        h.ImportFile("kolada", Fixture);

        var n05401 = h.Store.Read(SdgMappingQuery.Run).For("N05401").Where(m => m.Goal == 10).ToList();
        Assert.That(n05401, Is.EqualTo(new[] { analyst }), "same indicator, goal and target: the analyst's row stays, no kolada row");
    }

    [Test]
    public void A_bad_groups_file_stores_no_link_and_a_dry_run_stores_none_either()
    {
        using var h = new PipelineHarness();
        var before = h.Store.Read(SdgMappingQuery.Run).ToList();
        var text = File.ReadAllText(PipelineHarness.TestData("kolada", Fixture));

        // The goal-10 group's last member loses its id; the goal-8 and goal-10 links before it would be stored.
        const string member = "\"member_id\": \"N03920\",";
        var at = text.IndexOf(member, text.IndexOf("GA2030M10", StringComparison.Ordinal), StringComparison.Ordinal);
        var broken = text.Remove(at, member.Length);
        var line = text[..at].Count(c => c == '\n');
        var rejected = h.ImportText("broken.json", broken);
        var cut = h.ImportText("cut.json", text[..(text.Length / 2)]);
        var dry = h.Service.Import(new IndicatorHub.Import.Pipeline.ImportRequest(ImportSource.FromFile(PipelineHarness.TestData("kolada", Fixture)), ImportFormat.Auto, new ParseOptions(), DryRun: true));

        Assert.That(rejected.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(rejected.Summary.Errors.Select(e => (e.Line, e.Field)), Is.EqualTo(new[] { ((long)line, "$.values[2].members[2]") }), "the member's opening brace");
        Assert.That(cut.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(dry.Summary.Outcome, Is.EqualTo(ImportOutcome.DryRun));
        Assert.That(h.Store.Read(SdgMappingQuery.Run), Is.EqualTo(before), "the links before the bad member were rolled back with the file");
    }
}
