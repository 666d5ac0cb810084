using System.Text.Json;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Cli.Tests.Commands.Sdg;

public class SdgCommandTests
{
    [Test]
    public void Goals_as_csv_list_the_17_goals_with_Swedish_and_English_names_and_both_colours()
    {
        using var cli = new CliRun();

        var result = cli.Run(["sdg", "goals"], withDb: false);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = Lines(result.Out);
        Assert.That(lines, Has.Length.EqualTo(18));
        Assert.That(lines[0], Is.EqualTo("goal,short_sv,short_sv_globalamalen,short_en,title_sv,title_en,colour,text_colour,contrast_ratio"));
        Assert.That(lines[3], Does.StartWith("3,Hälsa och välbefinnande,God hälsa och välbefinnande,Good health and well-being,"));
        Assert.That(lines[3], Does.EndWith(",#4C9F38,#111111,5.69"));
    }

    [Test]
    public void Goals_as_json_carry_a_text_colour_that_passes_AA_on_every_tile()
    {
        using var cli = new CliRun();

        var result = cli.Run(["sdg", "goals", "--format", "json"], withDb: false);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var goals = json.RootElement.EnumerateArray().ToList();
        Assert.That(goals, Has.Count.EqualTo(17));
        Assert.That(goals.Select(g => g.GetProperty("contrast_ratio").GetDouble()), Has.All.GreaterThanOrEqualTo(4.5));
        Assert.That(goals[9].GetProperty("short_sv").GetString(), Is.EqualTo("Minskad ojämlikhet"));
    }

    [Test]
    public void Targets_give_ids_such_as_3_d_and_say_which_language_each_text_is_in()
    {
        using var cli = new CliRun();

        var all = cli.Run(["sdg", "targets"], withDb: false);
        var goal3 = cli.Run(["sdg", "targets", "--goal", "3", "--format", "json"], withDb: false);

        Assert.That(all.ExitCode, Is.Zero, all.Error);
        Assert.That(Lines(all.Out), Has.Length.EqualTo(170));
        Assert.That(Lines(all.Out)[0], Is.EqualTo("target,goal,heading,heading_lang,text,text_lang"));
        using var json = JsonDocument.Parse(goal3.Out);
        var targets = json.RootElement.EnumerateArray().ToList();
        Assert.That(targets.Select(t => t.GetProperty("target").GetString()), Is.EqualTo(new[] { "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.a", "3.b", "3.c", "3.d" }));
        Assert.That(targets.Select(t => t.GetProperty("heading_lang").GetString()), Has.All.EqualTo("sv"), "goal 3 has Swedish headings");
        Assert.That(targets.Select(t => t.GetProperty("text_lang").GetString()), Has.All.EqualTo("en"));
    }

    [Test]
    public void An_unknown_goal_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = cli.Run(["sdg", "targets", "--goal", "18"], withDb: false);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("there is no goal 18"));
    }

    [Test]
    public void The_mapping_exports_and_imports_back_unchanged()
    {
        using var cli = new CliRun();
        var exported = cli.Run(["sdg", "mapping"]);
        Assert.That(exported.ExitCode, Is.Zero, exported.Error);
        Assert.That(Lines(exported.Out)[0], Does.StartWith("indicator,goal,target,primary,source,"));
        var file = cli.WriteFile("mapping.csv", exported.Out);

        var imported = cli.Run(["sdg", "import-mapping", file]);

        Assert.That(imported.ExitCode, Is.Zero, imported.Error);
        Assert.That(imported.Out, Does.Contain("applied: 164 mappings (added 0, removed 0, changed 0, unchanged 164)"));
        Assert.That(imported.Error, Does.Contain("warning: indicator 'N00923' is not in the store yet"), "nothing is imported yet; the curated rows wait for their KPIs");
        Assert.That(imported.Error, Does.Contain("… and 154 more warnings"));
        Assert.That(cli.Run(["sdg", "mapping"]).Out, Is.EqualTo(exported.Out));
    }

    [Test]
    public void The_mapping_as_json_has_the_csv_columns()
    {
        using var cli = new CliRun();

        var result = cli.Run(["sdg", "mapping", "--format", "json"]);

        using var json = JsonDocument.Parse(result.Out);
        var first = json.RootElement[0];
        Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(164));
        Assert.That(
            (first.GetProperty("indicator").GetString(), first.GetProperty("goal").GetInt32(), first.GetProperty("target").GetString(), first.GetProperty("primary").GetBoolean(), first.GetProperty("source").GetString()),
            Is.EqualTo(("N00923", 3, "3.4", true, "kolada")));
        Assert.That(first.GetProperty("progress").GetProperty("higher_is_better").GetBoolean(), Is.True);
    }

    [Test]
    public void A_bad_mapping_file_prints_every_error_with_file_line_and_column_and_changes_nothing()
    {
        using var cli = new CliRun();
        var before = cli.Run(["sdg", "mapping"]).Out;
        var file = cli.WriteFile("bad.csv", "indicator,goal,target,primary,source\nN00923,3,3.4,true,analyst\nN00925,18,,true,analyst\nN01951,3,4.1,true,robot\n");

        var result = cli.Run(["sdg", "import-mapping", file]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(result.Error).Where(l => !l.Contains(": warning: ", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            $"{file}:3:2 (goal): unknown goal 18 (goals are 1-17)",
            $"{file}:4:5 (source): 'robot' is not a source; use curated, kolada, analyst or suggestion",
        }));
        Assert.That(result.Out, Does.Contain("REJECTED, nothing applied: 2 error(s)"));
        Assert.That(cli.Run(["sdg", "mapping"]).Out, Is.EqualTo(before));
    }

    [Test]
    public void Strict_makes_an_unknown_indicator_an_error_and_dry_run_applies_nothing()
    {
        using var cli = new CliRun();
        var file = cli.WriteFile("one.csv", "indicator,goal,target,primary,source\nX99999,10,10.2,true,analyst\n");

        var strict = cli.Run(["sdg", "import-mapping", file, "--strict"]);
        var dryRun = cli.Run(["sdg", "import-mapping", file, "--dry-run"]);

        Assert.That(strict.ExitCode, Is.EqualTo(1));
        Assert.That(strict.Error, Does.Contain($"{file}:2:1 (indicator): indicator 'X99999' is not in the store yet"));
        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.Error);
        Assert.That(dryRun.Out, Does.Contain("valid (dry run, nothing applied): 1 mappings (added 1, removed 164, changed 0, unchanged 0)"));
        Assert.That(Lines(cli.Run(["sdg", "mapping"]).Out), Has.Length.EqualTo(165));
    }

    [Test]
    public void Importing_a_missing_file_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = cli.Run(["sdg", "import-mapping", Path.Combine(cli.Folder, "nope.csv")]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("no such file"));
    }

    [Test]
    public void Suggest_scores_unmapped_indicators_with_their_trigger_words_and_accept_stores_the_best()
    {
        using var cli = new CliRun();
        Seed(cli, store =>
        {
            using var writer = store.BeginImport(new ImportBatchStart("meta.csv", "long-csv", "m"));
            writer.MergeIndicator(new Indicator("N00923", "Medellivslängd män, år"));
            writer.MergeIndicator(new Indicator("U99001", "Invånare 16-84 år som röker dagligen, andel (%)"));
            writer.Finish(2, 0, keepGoodRows: false, dryRun: false);
        });

        var suggested = cli.Run(["sdg", "suggest"]);

        Assert.That(suggested.ExitCode, Is.Zero, suggested.Error);
        var rows = Lines(suggested.Out).Select(l => l.Split('\t')).ToList();
        Assert.That(rows.Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "U99001" }), "N00923 is mapped by the curated file");
        Assert.That(rows[0][1..3], Is.EqualTo(new[] { "3", "3.a" }));
        Assert.That(rows[0][4], Does.Contain("röker"));
        Assert.That(rows[0][5], Is.EqualTo("Invånare 16-84 år som röker dagligen, andel (%)"));

        Assert.That(cli.Run(["sdg", "suggest", "--accept"]).ExitCode, Is.EqualTo(2));
        var accepted = cli.Run(["sdg", "suggest", "--indicator", "U99001", "--accept"]);

        Assert.That(accepted.ExitCode, Is.Zero, accepted.Error);
        Assert.That(accepted.Error, Does.Contain("accepted: U99001 → goal 3 target 3.a (primary)"));
        Assert.That(cli.Run(["sdg", "mapping"]).Out, Does.Contain("\nU99001,3,3.a,true,suggestion,"));
        Assert.That(cli.Run(["sdg", "suggest"]).Out, Is.Empty);
        Assert.That(cli.Run(["sdg", "suggest", "--indicator", "NOPE"]).ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Coverage_counts_municipalities_with_recent_data_and_marks_blind_targets()
    {
        using var cli = new CliRun();
        Seed(cli, store =>
        {
            // N00923 (curated → 3.4, one of 12 indicators there): years 2023 {0180, 1280}, 2022 {0180}, 2021 {0180},
            // 2015 {0114}. The latest three are 2021-2023, so 2 municipalities; Upplands Väsby's 2015 value is too old.
            using var writer = store.BeginImport(new ImportBatchStart("data.csv", "long-csv", "d"));
            foreach (var (area, period) in new[] { ("0180", "2023"), ("1280", "2023"), ("0114", "2015"), ("0180", "2022"), ("0180", "2021") })
            {
                writer.Areas.TryResolve(area, out var id, out _);
                writer.WriteObservation(writer.ResolveIndicator("N00923"), id, period, "total", "total", new ObservationValues(80));
            }

            writer.Finish(5, 0, keepGoodRows: false, dryRun: false);
        });

        var all = cli.Run(["sdg", "coverage"]);
        var vasby = cli.Run(["sdg", "coverage", "--area", "0114", "--format", "json"]);

        Assert.That(all.ExitCode, Is.Zero, all.Error);
        var lines = Lines(all.Out);
        Assert.That(lines, Has.Length.EqualTo(1 + 17 + 169));
        Assert.That(lines, Does.Contain("municipalities,target,3,3.4,14,1,2,false,false,N00923 N00925 N01452 N02013 N60910 N79191 U01402 U01405 U01411 U01425 U01429 U01473 U01760 U09800"));
        Assert.That(lines, Does.Contain("municipalities,target,3,3.1,0,0,0,true,true,"));
        Assert.That(lines, Does.Contain("municipalities,target,1,1.2,9,0,0,false,true,N01454 N01455 N31807 N31816 N66077 N66078 N66079 N66080 U01803"));

        Assert.That(vasby.ExitCode, Is.Zero, vasby.Error);
        using var json = JsonDocument.Parse(vasby.Out);
        Assert.That(json.RootElement.GetProperty("area").GetProperty("name").GetString(), Is.EqualTo("Upplands Väsby"));
        var target34 = json.RootElement.GetProperty("goals")[2].GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target").GetString() == "3.4");
        Assert.That((target34.GetProperty("indicators_with_data").GetInt32(), target34.GetProperty("blind").GetBoolean()), Is.EqualTo((0, true)));
    }

    [Test]
    public void Coverage_of_an_unknown_area_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = cli.Run(["sdg", "coverage", "--area", "Atlantis"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("unknown area 'Atlantis'"));
    }

    [Test]
    public void Mappings_from_Koladas_Agenda_2030_groups_are_listed_with_source_kolada()
    {
        using var cli = new CliRun();
        var groups = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", "v3_kpi_groups_agenda2030.json");

        var imported = cli.Run(["import", groups]);
        var csv = cli.Run(["sdg", "mapping"]);
        var json = cli.Run(["sdg", "mapping", "--format", "json"]);

        Assert.That(imported.ExitCode, Is.Zero, imported.Out + imported.Error);
        Assert.That(imported.Out, Does.Contain("SDG mappings added from Kolada's Agenda 2030 KPI groups: 3"));
        Assert.That(csv.ExitCode, Is.Zero, csv.Error);
        // The shipped mapping has source kolada too (RKA's Agenda 2030 set); the group import's rows name their group.
        var kolada = Lines(csv.Out).Where(l => l.Split(',')[4] == "kolada" && l.Contains(",Kolada KPI group ", StringComparison.Ordinal)).ToList();
        Assert.That(kolada.Select(l => string.Join(',', l.Split(',')[..5])), Is.EqualTo(new[] { "N01982,8,,false,kolada", "N05401,10,,false,kolada", "N03920,10,,false,kolada" }));
        Assert.That(kolada[1], Does.EndWith(",Kolada KPI group GA2030M10: Agenda 2030 – Mål 10. Minskad ojämlikhet"));
        Assert.That(Lines(csv.Out).Count(l => l.StartsWith("N03920,8,8.5,true,curated,", StringComparison.Ordinal)), Is.EqualTo(1), "the curated primary stays");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.That(doc.RootElement.EnumerateArray().Count(m => m.GetProperty("source").GetString() == "kolada"
            && m.GetProperty("note").GetString()!.StartsWith("Kolada KPI group ", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public void Progress_for_the_country_by_default_prints_status_growth_rates_thresholds_and_the_curated_target()
    {
        using var cli = new CliRun();
        SeedSmoking(cli);

        var result = cli.Run(["sdg", "progress", "--indicator", "U01402"]);

        // Curated U01402: lower is better, target 5 by 2025 from 2015. Observed (8/10)^(1/4) − 1 = −0.0542584,
        // required (5/10)^(1/10) − 1 = −0.0669670, R = 0.81022: acceleration needed (0.60 ≤ R < 0.95).
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = Lines(result.Out);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo(string.Join(',', SdgProgressColumns)));
        var row = lines[1].Split(',');
        Assert.That(row[..10], Is.EqualTo(new[] { "U01402", "00", "Riket", "acceleration_needed", "Behöver accelereras", "with_target", "2015", "10", "2019", "8" }));
        Assert.That(double.Parse(row[10], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(-0.0542584).Within(1e-7));
        Assert.That(double.Parse(row[11], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(-0.0669670).Within(1e-7));
        Assert.That(double.Parse(row[12], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(0.81022).Within(1e-5));
        Assert.That(row[13..], Is.EqualTo(new[] { "0.95", "0.6", "0", "1", "false", "mapping", "5", "2025", "" }));
    }

    [Test]
    public void Progress_as_json_explains_why_an_indicator_cannot_be_assessed()
    {
        using var cli = new CliRun();
        SeedSmoking(cli);

        var population = cli.Run(["sdg", "progress", "--indicator", "N01951", "--area", "Stockholm", "--format", "json"]);
        var smoking = cli.Run(["sdg", "progress", "--indicator", "U01402", "--area", "0180", "--format", "json"]);

        Assert.That(population.ExitCode, Is.Zero, population.Error);
        using var json = JsonDocument.Parse(population.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("area").GetProperty("code").GetString(), Is.EqualTo("0180"));
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("not_available"));
        Assert.That(root.GetProperty("status_sv").GetString(), Is.EqualTo("Kan inte bedömas"));
        Assert.That(root.GetProperty("reason").GetString(), Does.Contain("no desired direction"));
        Assert.That(root.GetProperty("direction_from").GetString(), Is.EqualTo("none"));
        Assert.That(root.GetProperty("series").GetArrayLength(), Is.EqualTo(2));

        using var s = JsonDocument.Parse(smoking.Out);
        Assert.That(s.RootElement.GetProperty("status").GetString(), Is.EqualTo("target_achieved"), "4.8 in 2021 is at or below the target 5");
        Assert.That(s.RootElement.GetProperty("thresholds").GetProperty("high").GetDouble(), Is.EqualTo(0.95));
    }

    [Test]
    public void Progress_for_an_unknown_or_missing_indicator_or_an_unknown_area_is_a_usage_error()
    {
        using var cli = new CliRun();
        SeedSmoking(cli);

        var unknown = cli.Run(["sdg", "progress", "--indicator", "U01405"]);
        var area = cli.Run(["sdg", "progress", "--indicator", "U01402", "--area", "Atlantis"]);
        var missing = cli.Run(["sdg", "progress"]);

        Assert.That((unknown.ExitCode, area.ExitCode, missing.ExitCode), Is.EqualTo((2, 2, 2)));
        Assert.That(unknown.Error, Does.Contain("unknown indicator 'U01405'"));
        Assert.That(area.Error, Does.Contain("unknown area 'Atlantis'"));
        Assert.That(missing.Error, Does.Contain("--indicator ID is required"));
        Assert.That(unknown.Out + area.Out + missing.Out, Is.Empty);
    }

    private static readonly string[] SdgProgressColumns =
    [
        "indicator", "area", "area_name", "status", "status_sv", "method", "base_year", "base_value", "current_year", "current_value",
        "observed_cagr", "required_cagr", "progress_value", "threshold_high", "threshold_medium", "threshold_low", "limit_coefficient",
        "higher_is_better", "direction_from", "target_value", "target_year", "reason",
    ];

    /// <summary>Daily smoking (U01402) for Sweden 2015 10 → 2019 8, Stockholm 2015 10 → 2021 4.8; population for Stockholm.</summary>
    private static void SeedSmoking(CliRun cli) => Seed(cli, store =>
    {
        using var writer = store.BeginImport(new ImportBatchStart("data.csv", "long-csv", "d"));
        foreach (var (indicator, area, period, value) in new[]
        {
            ("U01402", "00", "2015", 10.0), ("U01402", "00", "2019", 8.0), ("U01402", "0180", "2015", 10.0), ("U01402", "0180", "2021", 4.8),
            ("N01951", "0180", "2015", 923516.0), ("N01951", "0180", "2020", 975551.0),
        })
        {
            writer.Areas.TryResolve(area, out var id, out _);
            writer.WriteObservation(writer.ResolveIndicator(indicator), id, period, "total", "total", new ObservationValues(value));
        }

        writer.Finish(6, 0, keepGoodRows: false, dryRun: false);
    });

    private static void Seed(CliRun cli, Action<IndicatorStore> seed) => seed(IndicatorStore.Open(cli.DatabasePath));

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
