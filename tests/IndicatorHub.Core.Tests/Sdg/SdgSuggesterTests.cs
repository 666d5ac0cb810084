using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class SdgSuggesterTests
{
    private static readonly SdgSuggester Suggester = SdgSuggester.Load();

    private static readonly Dictionary<string, SdgIndicatorMetadata> RealKpis =
        KoladaRealData.V2All().Concat(KoladaRealData.V3HealthSubset())
            .GroupBy(k => k.Id)
            .ToDictionary(g => g.Key, g => g.Last());

    [TestCase("U01402", 3, "3.a", "röker")]
    [TestCase("U01404", 3, "3.5", "alkoholvanor")]
    [TestCase("N00923", 3, "3.4", "medellivslängd")]
    [TestCase("U01473", 3, "3.4", "psykiskt")]
    [TestCase("N02013", 3, "3.4", "dödlighet")]
    [TestCase("N66077", 1, "1.2", "ekonomisk standard")]
    [TestCase("N31807", 1, "1.2", "ekonomiskt bistånd")]
    [TestCase("N03926", 8, "8.5", "långtidsarbetslösa")]
    [TestCase("N15428", 4, "4.1", "behöriga")]
    [TestCase("N01982", 4, "4.3", "eftergymnasial")]
    [TestCase("N00997", 10, "10.4", "ginikoefficient")]
    [TestCase("N05401", 16, "16.7", "valdeltagande")]
    [TestCase("N65870", 16, "16.7", "röstade")]
    [TestCase("N00945", 5, "5.4", "vab")]
    public void Real_kolada_kpi_gets_the_expected_top_suggestion_with_its_trigger_word(string kpi, int goal, string target, string trigger)
    {
        var top = Suggester.Suggest(RealKpis[kpi])[0];
        Assert.Multiple(() =>
        {
            Assert.That((top.Goal, top.TargetId), Is.EqualTo((goal, (string?)target)), RealKpis[kpi].Title);
            Assert.That(top.TriggerWords, Does.Contain(trigger));
            Assert.That(top.IndicatorId, Is.EqualTo(kpi));
        });
    }

    [Test]
    public void Income_quintile_turnout_also_suggests_political_inclusion()
    {
        var suggestions = Suggester.Suggest(RealKpis["N65872"]);
        Assert.That(suggestions.Select(s => s.TargetId), Does.Contain("10.2"));
        Assert.That(suggestions.Single(s => s.TargetId == "10.2").TriggerWords, Does.Contain("inkomstkvintil"));
    }

    [TestCase("Döda i trafiken per 100 000 invånare", "3.6", "trafiken")]
    [TestCase("Antal dödsfall i hjärtsjukdom", "3.4", "dödsfall")]
    [TestCase("Dödligheten bland äldre", "3.4", "dödligheten")]
    [TestCase("Andel som röker", "3.a", "röker")]
    [TestCase("Rökning bland unga", "3.a", "rökning")]
    [TestCase("Andel arbetslösa", "8.5", "arbetslösa")]
    [TestCase("Långtidsarbetslöshet", "8.5", "långtidsarbetslöshet")]
    [TestCase("Andel trångbodda barn", "11.1", "trångbodda")]
    [TestCase("Andel som röstade i regionvalet", "16.7", "röstade")]
    [TestCase("Besvärade av buller i bostaden", "11.6", "buller")]
    [TestCase("Andel med låg inkomst", "1.2", "låg inkomst")]
    [TestCase("Behörighet till gymnasiet", "4.1", "behörighet")]
    public void Swedish_inflections_and_compounds_are_recognised(string title, string target, string trigger)
    {
        var suggestions = Suggester.Suggest(new SdgIndicatorMetadata("T", title));
        Assert.That(suggestions, Is.Not.Empty, title);
        Assert.Multiple(() =>
        {
            Assert.That(suggestions[0].TargetId, Is.EqualTo(target), title);
            Assert.That(suggestions[0].TriggerWords, Does.Contain(trigger), title);
        });
    }

    [Test]
    public void Title_hits_weigh_more_than_the_same_word_in_the_description()
    {
        var inTitle = Suggester.Suggest(new SdgIndicatorMetadata("A", "Röker dagligen"))[0].Score;
        var inDescription = Suggester.Suggest(new SdgIndicatorMetadata("B", "Andel", "Röker dagligen"), minScore: 0)[0].Score;
        Assert.That(inTitle, Is.EqualTo(inDescription / SdgSuggester.DescriptionWeight * SdgSuggester.TitleWeight).Within(1e-9));
        Assert.That(inTitle, Is.GreaterThan(inDescription));
    }

    [Test]
    public void A_lone_weak_hint_is_dropped_by_the_minimum_score()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Suggester.Suggest(new SdgIndicatorMetadata("A", "Andel kvinnor")), Is.Empty);
            Assert.That(Suggester.Suggest(new SdgIndicatorMetadata("A", "Andel kvinnor"), minScore: 0).Single().Goal, Is.EqualTo(5));
        });
    }

    [Test]
    public void Ranking_is_deterministic_and_independent_of_rule_order()
    {
        var reversed = new SdgSuggester(Suggester.Rules.Reverse());
        Assert.Multiple(() =>
        {
            foreach (var kpi in RealKpis.Values.Take(300))
            {
                var a = Suggester.Suggest(kpi);
                var b = Suggester.Suggest(kpi);
                var c = reversed.Suggest(kpi);
                Assert.That(b.Select(s => (s.Goal, s.TargetId, s.Score)), Is.EqualTo(a.Select(s => (s.Goal, s.TargetId, s.Score))), kpi.Id);
                Assert.That(c.Select(s => (s.Goal, s.TargetId, s.Score)), Is.EqualTo(a.Select(s => (s.Goal, s.TargetId, s.Score))), kpi.Id);
                Assert.That(a.Select(s => s.Score), Is.Ordered.Descending, kpi.Id);
            }
        });
    }

    [Test]
    public void Suggestions_agree_with_the_curated_primary_for_most_real_kpis()
    {
        // Regression guard for rule edits: measured 44 of 50 in the top slot and 47 of 50 in the top three. The
        // rules were written for the KPIs mapped on 2026-11-22; RKA's Agenda 2030 set, mapped later, reaches goals
        // (6, 7, 12-15) the rules hardly know yet, so it is not part of this guard.
        var curated = CuratedMapping.Load();
        var rulesWrittenFor = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        var withMetadata = curated.IndicatorIds.Where(id => RealKpis.ContainsKey(id) && curated.PrimaryFor(id)!.MappedAt <= rulesWrittenFor).ToList();
        bool Hit(SdgSuggestion s, SdgMapping p) => s.Goal == p.Goal && s.TargetId == p.TargetId;
        var top1 = withMetadata.Count(id => Suggester.Suggest(RealKpis[id]).Take(1).Any(s => Hit(s, curated.PrimaryFor(id)!)));
        var top3 = withMetadata.Count(id => Suggester.Suggest(RealKpis[id]).Take(3).Any(s => Hit(s, curated.PrimaryFor(id)!)));
        Assert.Multiple(() =>
        {
            Assert.That(withMetadata, Has.Count.GreaterThanOrEqualTo(48));
            Assert.That(top1, Is.GreaterThanOrEqualTo((int)(0.85 * withMetadata.Count)));
            Assert.That(top3, Is.GreaterThanOrEqualTo((int)(0.9 * withMetadata.Count)));
        });
    }

    [Test]
    public void Only_unmapped_indicators_get_suggestions()
    {
        var curated = CuratedMapping.Load();
        var result = Suggester.SuggestForUnmapped(RealKpis.Values, curated);
        Assert.Multiple(() =>
        {
            Assert.That(result.Keys.Where(curated.IsMapped), Is.Empty);
            Assert.That(result, Has.Count.EqualTo(RealKpis.Keys.Count(id => !curated.IsMapped(id))));
        });
    }

    [Test]
    public void Accepting_a_suggestion_makes_a_suggestion_sourced_mapping_stamped_by_the_clock()
    {
        var now = new DateTimeOffset(2026, 11, 22, 14, 5, 0, TimeSpan.Zero);
        var suggestion = Suggester.Suggest(new SdgIndicatorMetadata("NEW1", "Andel trångbodda barn"))[0];
        var mapping = SdgSuggester.Accept(suggestion, isPrimary: true, new FixedClock(now));
        var set = CuratedMapping.Load().With(mapping);
        Assert.Multiple(() =>
        {
            Assert.That((mapping.IndicatorId, mapping.Goal, mapping.TargetId, mapping.Source, mapping.MappedAt), Is.EqualTo(("NEW1", 11, (string?)"11.1", SdgMappingSource.Suggestion, (DateTimeOffset?)now)));
            Assert.That(mapping.Note, Does.Contain("trångbodda"));
            Assert.That(set.PrimaryFor("NEW1"), Is.EqualTo(mapping));
        });
    }

    [Test]
    public void A_rule_pointing_at_a_target_outside_its_goal_is_rejected()
    {
        Assert.That(
            () => new SdgSuggester([new SdgKeywordRule("rök*", 4, "3.a", 1)]),
            Throws.ArgumentException.With.Message.Contains("belongs to goal 3"));
    }
}
