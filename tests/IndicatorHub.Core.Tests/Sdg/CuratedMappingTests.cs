using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class CuratedMappingTests
{
    [Test]
    public void Real_data_folders_hold_the_expected_kpis()
    {
        // Sanity check of the fixture itself, so the coverage test below cannot pass on an empty set.
        Assert.Multiple(() =>
        {
            Assert.That(KoladaRealData.V3HealthSubset(), Has.Count.EqualTo(38));
            Assert.That(KoladaRealData.KpisWithValueFiles(), Does.Contain("N65870").And.Contain("U65864").And.Contain("N00923"));
            Assert.That(KoladaRealData.AllKpisInFolders(), Has.Count.GreaterThanOrEqualTo(48));
        });
    }

    [Test]
    public void Every_kpi_in_the_kolada_folders_is_mapped()
    {
        var mapping = CuratedMapping.Load();
        var unmapped = KoladaRealData.AllKpisInFolders().Where(id => !mapping.IsMapped(id)).Order(StringComparer.Ordinal).ToList();
        Assert.That(unmapped, Is.Empty);
    }

    [Test]
    public void Curated_mapping_validates_against_known_indicators_and_the_catalogue()
    {
        var catalogue = SdgCatalogue.Load();
        using var reader = new StreamReader(Path.Combine(SdgTestData.DataSdg, CuratedMapping.FileName));
        var result = SdgMappingCsv.Read(reader, KoladaRealData.KnownIds(), catalogue);
        var agenda2030 = KoladaRealData.Agenda2030Set().Select(r => r["id"]).ToHashSet(StringComparer.Ordinal);

        Assert.That(result.Errors, Is.Empty);
        Assert.Multiple(() =>
        {
            foreach (var m in result.Mappings)
            {
                Assert.That(catalogue.ContainsGoal(m.Goal), m.IndicatorId);
                if (m.TargetId is not null)
                {
                    Assert.That(catalogue.Target(m.TargetId).Goal, Is.EqualTo(m.Goal), m.IndicatorId);
                }

                Assert.That(m.Note, Is.Not.Null.And.Length.GreaterThan(20), $"{m.IndicatorId} → {m.Goal}/{m.TargetId} needs a note saying why");
                Assert.That(m.Source, Is.EqualTo(agenda2030.Contains(m.IndicatorId) ? SdgMappingSource.Kolada : SdgMappingSource.Curated), m.IndicatorId);
                Assert.That(m.MappedAt, Is.Not.Null);
            }
        });
    }

    [Test]
    public void Every_kpi_of_RKAs_Agenda_2030_set_has_a_primary_goal_and_Kolada_membership_as_its_source()
    {
        var set = KoladaRealData.Agenda2030Set();
        var mapping = CuratedMapping.Load();
        var catalogue = SdgCatalogue.Load();

        Assert.That(set, Has.Count.EqualTo(84), "the README of samples/rka-agenda2030 says 84 KPIs");
        Assert.Multiple(() =>
        {
            foreach (var kpi in set)
            {
                var id = kpi["id"];
                Assert.That(kpi["groups"].Split(','), Does.Contain("g2kpi130255"), $"{id} is a member of Kolada's Agenda 2030 group");
                var rows = mapping.For(id);
                Assert.That(rows, Is.Not.Empty, $"{id} ({kpi["title"]}) is not mapped");
                Assert.That(rows.Count(m => m.IsPrimary), Is.EqualTo(1), id);
                foreach (var m in rows)
                {
                    Assert.That(catalogue.ContainsGoal(m.Goal), $"{id} → goal {m.Goal}");
                    Assert.That(m.Source, Is.EqualTo(SdgMappingSource.Kolada), id);
                    Assert.That(m.Note, Does.StartWith("RKA Agenda 2030 set (Kolada group g2kpi130255). "), id);
                }
            }
        });
    }

    [TestCase("N00401", 13, "13.2", false)]
    [TestCase("N00403", 2, "2.4", true)]
    [TestCase("N00404", 3, "3.d", false)]
    [TestCase("N00952", 5, "5.1", true)]
    [TestCase("N85051", 6, "6.3", true)]
    [TestCase("N05401", 16, "16.7", true)]
    public void Agenda_2030_kpis_named_in_the_sets_README_map_to_its_goal(string kpi, int goal, string target, bool higherIsBetter)
    {
        // Goals from samples/rka-agenda2030's source README ("Goal per KPI"); targets and direction curated.
        var primary = CuratedMapping.Load().PrimaryFor(kpi);
        Assert.That(primary, Is.Not.Null);
        Assert.That((primary!.Goal, primary.TargetId, primary.Progress?.HigherIsBetter), Is.EqualTo((goal, target, (bool?)higherIsBetter)));
    }

    [Test]
    public void Each_indicator_has_exactly_one_primary()
    {
        var mapping = CuratedMapping.Load();
        Assert.Multiple(() =>
        {
            foreach (var id in mapping.IndicatorIds)
            {
                Assert.That(mapping.For(id).Count(m => m.IsPrimary), Is.EqualTo(1), id);
            }
        });
    }

    [TestCase("U01402", 3, "3.a")]
    [TestCase("U01404", 3, "3.5")]
    [TestCase("N00923", 3, "3.4")]
    [TestCase("U01473", 3, "3.4")]
    [TestCase("N66077", 1, "1.2")]
    [TestCase("N31807", 1, "1.2")]
    [TestCase("N15419", 4, "4.1")]
    [TestCase("N03920", 8, "8.5")]
    [TestCase("N00997", 10, "10.4")]
    [TestCase("N05401", 16, "16.7")]
    [TestCase("N65870", 16, "16.7")]
    public void Key_health_equity_kpis_have_the_expected_primary_target(string kpi, int goal, string target)
    {
        var primary = CuratedMapping.Load().PrimaryFor(kpi);
        Assert.That(primary, Is.Not.Null);
        Assert.That((primary!.Goal, primary.TargetId), Is.EqualTo((goal, target)));
    }

    [Test]
    public void Income_quintile_turnout_is_also_linked_to_political_inclusion_10_2()
    {
        var mappings = CuratedMapping.Load().For("N65872");
        Assert.That(mappings.Select(m => (m.Goal, m.TargetId, m.IsPrimary)), Is.EquivalentTo(new[] { (16, (string?)"16.7", true), (10, (string?)"10.2", false) }));
    }

    [Test]
    public void Progress_direction_is_set_for_kpis_with_a_normative_direction_and_not_for_population()
    {
        var mapping = CuratedMapping.Load();
        Assert.Multiple(() =>
        {
            Assert.That(mapping.ProgressFor("U01402")?.HigherIsBetter, Is.False);
            Assert.That(mapping.ProgressFor("U01402")?.TargetValue, Is.EqualTo(5));
            Assert.That(mapping.ProgressFor("U01402")?.TargetYear, Is.EqualTo(2025));
            Assert.That(mapping.ProgressFor("N00925")?.HigherIsBetter, Is.True);
            Assert.That(mapping.ProgressFor("N01951")?.HigherIsBetter, Is.Null);
        });
    }
}
