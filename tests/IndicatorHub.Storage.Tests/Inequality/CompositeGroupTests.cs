using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Storage.Tests.Inequality;

public class CompositeGroupTests
{
    private static readonly Indicator Turnout = new("N05401", "Valdeltagande i senaste kommunalvalet, andel (%)") { HigherIsBetter = true, Scale = 100 };

    [Test]
    public void The_shipped_definitions_are_turnout_by_income_quintile_and_by_education()
    {
        var dimensions = CompositeDimensionCatalogue.Shipped;

        Assert.That(dimensions.Select(d => (d.Id, d.Indicator, d.Ordered)),
            Is.EquivalentTo(new[] { ("income_quintile", "N05401", true), ("education", "N05401", true) }));
        var quintiles = dimensions.Single(d => d.Id == "income_quintile").Subgroups;
        Assert.That(quintiles.Select(s => (s.Order, s.SourceIndicator, s.PopulationIndicator, s.PopulationFraction)), Is.EqualTo(new[]
        {
            ((int?)1, "N65870", "N01951", (double?)0.2), (2, "N65871", "N01951", 0.2), (3, "N65872", "N01951", 0.2),
            (4, "N65873", "N01951", 0.2), (5, "N65874", "N01951", 0.2),
        }));
        var education = dimensions.Single(d => d.Id == "education").Subgroups;
        Assert.That(education.Select(s => (s.Subgroup, s.SourceIndicator, s.PopulationShareIndicator)), Is.EqualTo(new[]
        {
            ("förgymnasial", "U65862", "N01984"), ("gymnasial", "U65863", "N01983"), ("eftergymnasial", "U65864", "N01982"),
        }));
    }

    [Test]
    public void A_definition_that_breaks_a_rule_is_refused()
    {
        const string header = "dimension,title,ordered,indicator,subgroup,subgroup_order,source_indicator,population_indicator,population_share_indicator,population_fraction\n";

        Assert.That(() => CompositeDimensionCatalogue.Parse(header + "x,X,1,I,a,1,A,P,,0.5\nx,X,1,I,b,3,B,P,,0.5\n"),
            Throws.InvalidOperationException.With.Message.Contains("1..2"));
        Assert.That(() => CompositeDimensionCatalogue.Parse(header + "x,X,0,I,a,,A,P,S,0.5\nx,X,0,I,b,,B,P,,0.5\n"),
            Throws.InvalidOperationException.With.Message.Contains("never both"));
        Assert.That(CompositeDimensionCatalogue.Parse(header + "x,X,0,I,a,,A,,,\nx,X,0,I,b,,B,,,\n").Single().Subgroups, Has.Count.EqualTo(2),
            "populations may be unknown");
    }

    [Test]
    public void Income_quintiles_are_assembled_from_five_indicators_with_equal_populations()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "turnout.csv",
        [
            Obs.Total("N65870", "0180", "2018", 60),
            Obs.Total("N65871", "0180", "2018", 70),
            Obs.Total("N65872", "0180", "2018", 80),
            Obs.Total("N65873", "0180", "2018", 85),
            Obs.Total("N65874", "0180", "2018", 90),
            Obs.Total("N01951", "0180", "2018", 1000),
            Obs.Total("N05401", "0180", "2018", 78),
        ], Turnout);

        var run = fixture.Store.ComputeInequalityMeasures(
            new MeasureRequest("N05401") { Dimension = "income_quintile" }, InequalityOptions.Default with { SiiMethod = SiiMethod.Linear });

        var group = run.Groups.Single();
        Assert.That(group.Group.Subgroups.Select(s => (s.Order, s.Estimate, s.Population)), Is.EqualTo(new[]
        {
            ((int?)1, (double?)60, (double?)200), (2, 70, 200), (3, 80, 200), (4, 85, 200), (5, 90, 200),
        }), "each quintile is 0.2 × N01951");
        Assert.That(group.Group.Context, Is.EqualTo(new InequalityContext(true, 100, true, 78)));

        // Ordered, favourable: d = quintile 5 − quintile 1 = 90 − 60 = 30, r = 90 / 60.
        Assert.That(Estimate(group, "d"), Is.EqualTo(30).Within(1e-12));
        Assert.That(Estimate(group, "r"), Is.EqualTo(1.5).Within(1e-12));

        // Equal shares 0.2, ranks x = 0.1, 0.3, 0.5, 0.7, 0.9; μ = 385 / 5 = 77.
        // aci = 2 Σ p y x − μ = 2 · 0.2 · (6 + 21 + 40 + 59.5 + 81) − 77 = 83 − 77 = 6; rci = 6 / 77.
        Assert.That(Estimate(group, "aci"), Is.EqualTo(6).Within(1e-9));
        Assert.That(Estimate(group, "rci"), Is.EqualTo(6.0 / 77).Within(1e-12));

        // Linear sii: slope of y on x with equal weights = Σ dx·dy / Σ dx² = (6.8 + 1.4 + 0 + 1.6 + 5.2) / 0.4 = 37.5;
        // intercept 77 − 37.5 · 0.5 = 58.25, so rii = (58.25 + 37.5) / 58.25.
        Assert.That(Estimate(group, "sii"), Is.EqualTo(37.5).Within(1e-9));
        Assert.That(Estimate(group, "rii"), Is.EqualTo(95.75 / 58.25).Within(1e-9));

        // paf: the reference of an ordered dimension is the most advantaged quintile (90): par = 90 − 77 = 13.
        Assert.That(Estimate(group, "par"), Is.EqualTo(13).Within(1e-9));
        Assert.That(Estimate(group, "paf"), Is.EqualTo(13.0 / 77 * 100).Within(1e-9));
    }

    [Test]
    public void Education_populations_are_the_level_share_times_the_population()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "education.csv",
        [
            Obs.Total("U65862", "0180", "2022", 70),
            Obs.Total("U65863", "0180", "2022", 80),
            Obs.Total("U65864", "0180", "2022", 90),
            Obs.Total("N01984", "0180", "2022", 20),
            Obs.Total("N01983", "0180", "2022", 50),
            Obs.Total("N01982", "0180", "2022", 30),
            Obs.Total("N01951", "0180", "2022", 1000),
        ], Turnout);

        var group = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("N05401") { Dimension = "education", Area = "0180" }).Groups.Single();

        Assert.That(group.Group.Subgroups.Select(s => (s.Subgroup, s.Population)), Is.EqualTo(new[]
        {
            ("förgymnasial", (double?)200), ("gymnasial", 500), ("eftergymnasial", 300),
        }));
        Assert.That(group.Group.Context.SettingAverage, Is.Null, "N05401 itself is not in the store");

        // Shares 0.2, 0.5, 0.3; ranks 0.1, 0.2 + 0.25 = 0.45, 0.7 + 0.15 = 0.85; μ = 14 + 40 + 27 = 81.
        // aci = 2 (0.2·70·0.1 + 0.5·80·0.45 + 0.3·90·0.85) − 81 = 2 · 42.35 − 81 = 3.7.
        Assert.That(Estimate(group, "d"), Is.EqualTo(20).Within(1e-12));
        Assert.That(Estimate(group, "aci"), Is.EqualTo(3.7).Within(1e-9));
        Assert.That(Estimate(group, "rci"), Is.EqualTo(3.7 / 81).Within(1e-12));
    }

    [Test]
    public void A_missing_quintile_gives_the_reason_for_the_ordered_measures_and_d_still_compares_the_ends()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "turnout.csv",
        [
            Obs.Total("N65870", "1280", "2022", 65),
            Obs.Total("N65871", "1280", "2022", 72),
            Obs.Total("N65872", "1280", "2022", null),
            Obs.Total("N65873", "1280", "2022", 84),
            Obs.Total("N65874", "1280", "2022", 91),
            Obs.Total("N01951", "1280", "2022", 360000),
        ], Turnout);

        var group = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("N05401")).Groups.Single();

        Assert.That(group.Group.Dimension, Is.EqualTo("income_quintile"), "the indicator has no sex rows, so only its composites");
        foreach (var measure in new[] { "aci", "rci", "sii", "rii" })
        {
            var result = group.Results.Single(r => r.Measure == measure);
            Assert.That(result.Estimate, Is.Null, measure);
            Assert.That(result.NotComputedReason, Is.EqualTo("Measures of ordered dimensions need an estimate for every subgroup; 1 of 5 are missing."), measure);
        }

        Assert.That(Estimate(group, "d"), Is.EqualTo(91 - 65).Within(1e-12));
    }

    [Test]
    public void A_source_indicator_points_to_the_indicator_of_its_dimension()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "turnout.csv", [Obs.Total("N65870", "1280", "2022", 65)]);

        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("N65870") { Dimension = "income_quintile" }),
            Throws.TypeOf<MeasureRequestException>().With.Property("Problem").EqualTo(MeasureRequestProblem.DimensionOfAnotherIndicator).And.Property("ParentIndicator").EqualTo("N05401"));
    }

    private static double? Estimate(GroupMeasures group, string measure) => group.Results.Single(r => r.Measure == measure).Estimate;
}
