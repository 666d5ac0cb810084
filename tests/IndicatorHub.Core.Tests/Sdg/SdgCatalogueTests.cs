using System.Text.RegularExpressions;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed partial class SdgCatalogueTests
{
    private static readonly SdgCatalogue Catalogue = SdgCatalogue.Load();

    [Test]
    public void Embedded_catalogue_has_17_goals_and_169_targets()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalogue.Goals, Has.Count.EqualTo(17));
            Assert.That(Catalogue.Goals.Select(g => g.Number), Is.EqualTo(Enumerable.Range(1, 17)));
            Assert.That(Catalogue.Targets, Has.Count.EqualTo(169));
            Assert.That(Catalogue.Targets.Select(t => t.Id), Is.Unique);
        });
    }

    [Test]
    public void Target_ids_look_like_3_4_and_3_d_and_belong_to_their_goal()
    {
        Assert.Multiple(() =>
        {
            foreach (var target in Catalogue.Targets)
            {
                Assert.That(target.Id, Does.Match(TargetId()), target.Id);
                Assert.That(target.Id, Does.StartWith(target.Goal + "."), target.Id);
            }

            Assert.That(Catalogue.Target("3.4").Goal, Is.EqualTo(3));
            Assert.That(Catalogue.Target("3.d").TextEn, Does.StartWith("Strengthen the capacity of all countries"));
            Assert.That(Catalogue.Target("3.D").Id, Is.EqualTo("3.d"), "letter ids are case-insensitive");
            Assert.That(Catalogue.TargetsOf(3).Select(t => t.Id), Is.EqualTo(new[] { "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.a", "3.b", "3.c", "3.d" }));
            Assert.That(Catalogue.TargetsOf(8).Select(t => t.Id).Take(10).Last(), Is.EqualTo("8.10"), "8.10 sorts after 8.9, not after 8.1");
        });
    }

    [Test]
    public void Unknown_goal_or_target_throws_and_try_get_returns_false()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Catalogue.Goal(18), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(() => Catalogue.Target("3.14"), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(Catalogue.TryGetTarget("1.9", out _), Is.False);
            Assert.That(Catalogue.ContainsGoal(0), Is.False);
        });
    }

    [Test]
    public void English_texts_match_the_open_sdg_yaml_exactly()
    {
        // Guards the converted CSV against drift from the MIT-licensed source snapshot.
        var goals = SdgTestData.ReadFlatYaml(Path.Combine(SdgTestData.TestData, "sdg", "en_global_goals.yml"));
        var targets = SdgTestData.ReadFlatYaml(Path.Combine(SdgTestData.TestData, "sdg", "en_global_targets.yml"));

        Assert.Multiple(() =>
        {
            Assert.That(targets, Has.Count.EqualTo(169));
            foreach (var goal in Catalogue.Goals)
            {
                Assert.That(goal.TitleEn, Is.EqualTo(goals[$"{goal.Number}-title"]));
                Assert.That(goal.ShortEn, Is.EqualTo(goals[$"{goal.Number}-short"]));
            }

            foreach (var target in Catalogue.Targets)
            {
                Assert.That(target.TextEn, Is.EqualTo(targets[target.Id.Replace('.', '-') + "-title"]), target.Id);
            }
        });
    }

    [Test]
    public void Swedish_goal_names_default_to_scb_and_offer_globalamalen()
    {
        var health = Catalogue.Goal(3);
        Assert.Multiple(() =>
        {
            Assert.That(health.DisplayName().Text, Is.EqualTo("Mål 3 Hälsa och välbefinnande"));
            Assert.That(health.ShortName(naming: SdgGoalNaming.Globalamalen).Text, Is.EqualTo("God hälsa och välbefinnande"));
            Assert.That(health.DisplayName(SdgText.English), Is.EqualTo(new SdgText("Goal 3 Good health and well-being", SdgText.English)));
            Assert.That(Catalogue.Goals.All(g => g.ShortName().IsIn(SdgText.Swedish)), Is.True, "all 17 goals have an SCB short name");
            Assert.That(Catalogue.Goals.All(g => g.ShortName(naming: SdgGoalNaming.Globalamalen).IsIn(SdgText.Swedish)), Is.True);
            Assert.That(Catalogue.Goals.All(g => g.Title().IsIn(SdgText.Swedish)), Is.True);
        });
    }

    [Test]
    public void Every_goal_3_target_has_a_swedish_heading()
    {
        Assert.Multiple(() =>
        {
            foreach (var target in Catalogue.TargetsOf(3))
            {
                Assert.That(target.Heading().Language, Is.EqualTo(SdgText.Swedish), target.Id);
            }

            Assert.That(Catalogue.Target("3.4").Heading().Text, Is.EqualTo("Minska antalet dödsfall till följd av icke smittsamma sjukdomar och främja mental hälsa"));
        });
    }

    [Test]
    public void Target_without_swedish_heading_falls_back_to_english_marked_en()
    {
        var target = Catalogue.Target("14.1");
        var heading = target.Heading(SdgText.Swedish);
        Assert.Multiple(() =>
        {
            Assert.That(target.HeadingSv, Is.Null);
            Assert.That(heading.Language, Is.EqualTo(SdgText.English));
            Assert.That(heading.Text, Is.EqualTo(target.TextEn));
        });
    }

    [Test]
    public void Goal_colours_are_the_official_un_palette()
    {
        string[] expected =
        [
            "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
            "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
        ];
        Assert.That(Catalogue.Goals.Select(g => g.Colour.Background.ToHex()), Is.EqualTo(expected));
    }

    [Test]
    public void Every_goal_text_colour_passes_wcag_aa_and_is_the_better_of_white_and_near_black()
    {
        Assert.Multiple(() =>
        {
            foreach (var goal in Catalogue.Goals)
            {
                var colour = goal.Colour;
                Assert.That(colour.ContrastRatio, Is.GreaterThanOrEqualTo(SdgContrast.AaNormalText), $"goal {goal.Number} {colour.Background} / {colour.Text}");
                var other = colour.Text == SdgRgbColour.White ? SdgRgbColour.NearBlack : SdgRgbColour.White;
                Assert.That(colour.ContrastRatio, Is.GreaterThanOrEqualTo(SdgContrast.Ratio(colour.Background, other)), $"goal {goal.Number}");
            }
        });
    }

    [Test]
    public void Colour_choices_follow_luminance_for_known_cases()
    {
        // Goal 3 green #4C9F38: white gives only 3.3:1, so the dark text must be chosen.
        // Goal 1 red #E5243B: white gives 4.5:1 (just above AA), near-black only about 4.0:1.
        var catalogue = SdgCatalogue.Load();
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Goal(3).Colour.Text, Is.EqualTo(SdgRgbColour.NearBlack));
            Assert.That(SdgContrast.Ratio(SdgRgbColour.Parse("#4C9F38"), SdgRgbColour.White), Is.LessThan(4.5));
            Assert.That(catalogue.Goal(1).Colour.Text, Is.EqualTo(SdgRgbColour.White));
            Assert.That(catalogue.Goal(17).Colour.Text, Is.EqualTo(SdgRgbColour.White));
            Assert.That(catalogue.Goal(7).Colour.Text, Is.EqualTo(SdgRgbColour.NearBlack));
        });
    }

    [Test]
    public void Contrast_ratio_matches_wcag_reference_values()
    {
        // Black on white is 21:1 and equal colours 1:1 by definition.
        // #777777 on white: L = ((119/255 + 0.055)/1.055)^2.4 = 0.1845; (1.05)/(0.2345) = 4.48.
        Assert.Multiple(() =>
        {
            Assert.That(SdgContrast.Ratio(new SdgRgbColour(0, 0, 0), SdgRgbColour.White), Is.EqualTo(21.0).Within(1e-9));
            Assert.That(SdgContrast.Ratio(SdgRgbColour.White, SdgRgbColour.White), Is.EqualTo(1.0).Within(1e-12));
            Assert.That(SdgContrast.Ratio(SdgRgbColour.Parse("777777"), SdgRgbColour.White), Is.EqualTo(4.48).Within(0.005));
        });
    }

    [Test]
    public void Catalogue_loader_rejects_a_target_filed_under_the_wrong_goal()
    {
        var goals = File.ReadAllText(Path.Combine(SdgTestData.DataSdg, "goals.csv"));
        const string targets = "target,goal,text_en,heading_sv\n3.4,4,Some text,\n";
        Assert.That(
            () => SdgCatalogue.Load(new StringReader(goals), new StringReader(targets)),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("line 2"));
    }

    [GeneratedRegex("^[1-9][0-9]?\\.([1-9][0-9]?|[a-z])$")]
    private static partial Regex TargetId();
}
