using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Storage.Tests.Inequality;

public class SexGroupTests
{
    private static readonly Indicator SelfRatedHealth = new("U01405", "Invånare med bra självskattat hälsotillstånd, andel (%)")
    {
        HigherIsBetter = true,
        Scale = 100,
        DividedByGender = true,
    };

    [Test]
    public void Women_and_men_with_populations_from_N01951_by_sex()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv",
        [
            Obs.Total("U01405", "0180", "2020", 73.2),
            Obs.Female("U01405", "0180", "2020", 70),
            Obs.Male("U01405", "0180", "2020", 76),
            Obs.Female("N01951", "0180", "2020", 600),
            Obs.Male("N01951", "0180", "2020", 400),
        ], SelfRatedHealth);

        var run = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));

        var group = run.Groups.Single();
        Assert.That((group.Group.Setting, group.Group.Period, group.Group.Dimension), Is.EqualTo(("0180", "2020", "sex")));
        Assert.That(group.Group.Subgroups.Select(s => (s.Subgroup, s.Estimate, s.Population)),
            Is.EqualTo(new[] { ("female", (double?)70, (double?)600), ("male", 76, 400) }));
        Assert.That(group.Group.Context, Is.EqualTo(new InequalityContext(true, 100, false, 73.2)));
        Assert.That(group.Results.Select(r => r.Measure), Is.EqualTo(new[] { "d", "r", "paf", "par" }), "a binary dimension gets d, r, paf, par");

        // d = highest − lowest = 76 − 70 = 6 (non-ordered, no reference); r = 76 / 70.
        Assert.That(Estimate(group, "d"), Is.EqualTo(6).Within(1e-12));
        Assert.That(Estimate(group, "r"), Is.EqualTo(76.0 / 70).Within(1e-12));

        // Populations known, so μ = (600·70 + 400·76) / 1000 = 72.4, not the total 73.2. The best subgroup of a
        // favourable indicator is men (76): par = 76 − 72.4 = 3.6, paf = 3.6 / 72.4 · 100 = 4.97237569…
        Assert.That(Estimate(group, "par"), Is.EqualTo(3.6).Within(1e-9));
        Assert.That(Estimate(group, "paf"), Is.EqualTo(3.6 / 72.4 * 100).Within(1e-9));
        Assert.That(run.Notes, Is.Empty, "direction and scale come from the metadata");
    }

    [Test]
    public void Without_population_by_sex_the_total_is_the_setting_average()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv",
        [
            Obs.Total("U01405", "1280", "2020", 62),
            Obs.Female("U01405", "1280", "2020", 60),
            Obs.Male("U01405", "1280", "2020", 66),
        ], SelfRatedHealth);

        var group = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405")).Groups.Single();

        Assert.That(group.Group.Subgroups.Select(s => s.Population), Is.All.Null);

        // μ = the setting average 62 (HEAT's rule): par = 66 − 62 = 4, paf = 4 / 62 · 100.
        Assert.That(Estimate(group, "par"), Is.EqualTo(4).Within(1e-9));
        Assert.That(Estimate(group, "paf"), Is.EqualTo(4.0 / 62 * 100).Within(1e-9));
    }

    [Test]
    public void A_missing_sex_gives_the_reason_not_a_number()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv",
        [
            Obs.Total("U01405", "1480", "2020", 55),
            Obs.Female("U01405", "1480", "2020", 50),
            Obs.Male("U01405", "1480", "2021", null),
            Obs.Female("U01405", "1480", "2021", 52),
        ], SelfRatedHealth);

        var groups = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405") { Area = "Göteborg" }).Groups;

        Assert.That(groups.Select(g => g.Group.Period), Is.EqualTo(new[] { "2020", "2021" }), "every period, in order");
        foreach (var group in groups)
        {
            Assert.That(group.Group.Subgroups.Select(s => s.Subgroup), Is.EqualTo(new[] { "female", "male" }), "men are listed even without a row");
            var d = group.Results.Single(r => r.Measure == "d");
            Assert.That(d.Estimate, Is.Null);
            Assert.That(d.NotComputedReason, Is.EqualTo("Both subgroups of a two-subgroup dimension need an estimate."));
        }
    }

    [Test]
    public void An_indicator_without_a_sex_breakdown_has_no_sex_groups()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", [Obs.Total("N00923", "0180", "2020", 81.8)]);

        Assert.That(fixture.Store.AssembleInequalityGroups(new MeasureRequest("N00923")).Groups, Is.Empty);
    }

    [Test]
    public void Unknown_indicator_and_area_are_argument_errors()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", [Obs.Female("U01405", "0180", "2020", 1)]);

        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("X00000")),
            Throws.ArgumentException.With.Message.Contains("Unknown indicator 'X00000'"));
        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("U01405") { Area = "Atlantis" }),
            Throws.ArgumentException.With.Message.Contains("Unknown area 'Atlantis'"));
        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("U01405") { Dimension = "colour" }),
            Throws.TypeOf<MeasureRequestException>().With.Property("Problem").EqualTo(MeasureRequestProblem.UnknownDimension).And.Property("Dimension").EqualTo("colour"));
        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("U01405") { Dimension = "areas" }),
            Throws.TypeOf<MeasureRequestException>().With.Property("Problem").EqualTo(MeasureRequestProblem.AreasNeedGroup));
    }

    [Test]
    public void The_bulk_scan_gives_the_same_measures_as_the_per_group_path()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv",
        [
            Obs.Total("U01405", "0180", "2020", 73.2),
            Obs.Female("U01405", "0180", "2020", 70),
            Obs.Male("U01405", "0180", "2020", 76),
            Obs.Female("N01951", "0180", "2020", 600),
            Obs.Male("N01951", "0180", "2020", 400),
            Obs.Total("U01405", "1280", "2020", 62),
            Obs.Female("U01405", "1280", "2020", 60),
            Obs.Male("U01405", "1280", "2021", 66),
            Obs.Total("N00923", "1280", "2020", 80),
        ], SelfRatedHealth);
        var expected = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"), useCache: false).Groups
            .ToDictionary(g => (g.Group.Indicator, g.Group.Setting, g.Group.Period), g => g.Results);
        var seen = new Dictionary<(string, string, string), IReadOnlyList<MeasureResult>>();

        var summary = SexMeasureScan.Run(fixture.Store, parallelism: 2, onGroup: (key, results) =>
        {
            lock (seen)
            {
                seen[(key.Indicator, key.Area, key.Period)] = results.ToList();
            }
        });
        var readOnly = SexMeasureScan.Run(fixture.Store, parallelism: 2, computeMeasures: false);

        // N01951 (sex rows) is itself an indicator with a sex breakdown: women vs men of the population count.
        Assert.That(seen.Keys.Where(k => k.Item1 == "U01405"), Is.EquivalentTo(expected.Keys));
        foreach (var (key, results) in expected)
        {
            Assert.That(seen[key], Is.EqualTo(results), key.ToString());
        }

        Assert.That(summary.Groups, Is.EqualTo(4), "U01405 in 0180/2020, 1280/2020, 1280/2021 and N01951 in 0180/2020");
        Assert.That((readOnly.Rows, summary.Rows), Is.EqualTo((8L, 8L)), "both modes read the same rows: all but N00923's, which has none by sex");
        Assert.That(readOnly.Results, Is.Zero);
    }

    private static double? Estimate(GroupMeasures group, string measure) => group.Results.Single(r => r.Measure == measure).Estimate;
}
