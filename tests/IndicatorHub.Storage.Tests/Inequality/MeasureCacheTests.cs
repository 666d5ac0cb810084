using Dapper;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Storage.Tests.Inequality;

public class MeasureCacheTests
{
    private static readonly Indicator Health = new("U01405", "Självskattad hälsa, andel (%)") { HigherIsBetter = true, Scale = 100 };

    private static readonly Obs[] Data =
    [
        Obs.Female("U01405", "0180", "2020", 70),
        Obs.Male("U01405", "0180", "2020", 76),
        Obs.Female("U01405", "0180", "2021", 71),
        Obs.Male("U01405", "0180", "2021", 75),
        Obs.Female("N01951", "0180", "2021", 600),
        Obs.Male("N01951", "0180", "2021", 400),
    ];

    [Test]
    public void A_second_run_is_answered_from_the_cache_with_the_same_results()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", Data, Health);
        var request = new MeasureRequest("U01405");

        var first = fixture.Store.ComputeInequalityMeasures(request);
        var second = fixture.Store.ComputeInequalityMeasures(request);

        Assert.That((first.CacheHits, second.CacheHits), Is.EqualTo((0, 2)));
        Assert.That(second.Groups.Select(g => g.Results), Is.EqualTo(first.Groups.Select(g => g.Results)), "the JSON round trip keeps every double");
        Assert.That(fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM measure_cache"), Is.EqualTo(2));
    }

    [Test]
    public void An_identical_reimport_keeps_the_cache_valid()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", Data, Health);
        fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));

        var again = InequalityStoreData.Import(fixture, "a-again.csv", Data, Health);
        var run = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));

        Assert.That(again.RowsChanged, Is.Zero);
        Assert.That(run.CacheHits, Is.EqualTo(2));
    }

    [Test]
    public void A_reimport_with_a_changed_value_recomputes_exactly_the_groups_it_touches()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", Data, Health);
        fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));
        var changed = Data.Select(o => o is { Period: "2020", Subgroup: "male" } ? o with { Value = 80 } : o).ToList();

        InequalityStoreData.Import(fixture, "b.csv", changed, Health);
        var run = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));

        Assert.That(run.Groups.Select(g => (g.Group.Period, g.FromCache)), Is.EqualTo(new[] { ("2020", false), ("2021", true) }));
        Assert.That(run.Groups[0].Results.Single(r => r.Measure == "d").Estimate, Is.EqualTo(10).Within(1e-12), "80 − 70");
        Assert.That(fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405")).CacheHits, Is.EqualTo(2), "the new result is cached in turn");
    }

    [Test]
    public void A_changed_population_invalidates_the_groups_weighted_by_it()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", Data, Health);
        fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));

        InequalityStoreData.Import(fixture, "pop.csv", [Obs.Female("N01951", "0180", "2021", 610)]);
        var run = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"));

        Assert.That(run.Groups.Select(g => (g.Group.Period, g.FromCache)), Is.EqualTo(new[] { ("2020", true), ("2021", false) }));
    }

    [Test]
    public void Other_options_are_cached_separately_and_a_different_direction_replaces_the_entry()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", Data, Health);
        var request = new MeasureRequest("U01405") { Period = "2021" };
        fixture.Store.ComputeInequalityMeasures(request);

        var onlyD = fixture.Store.ComputeInequalityMeasures(request, InequalityOptions.Default with { Measures = ["d"] });
        var adverse = fixture.Store.ComputeInequalityMeasures(request with { HigherIsBetter = false });

        Assert.That(onlyD.CacheHits, Is.Zero);
        Assert.That(onlyD.Groups.Single().Results.Select(r => r.Measure), Is.EqualTo(new[] { "d" }));
        Assert.That(adverse.CacheHits, Is.Zero, "the direction is part of the input hash");
        Assert.That(adverse.Groups.Single().Results.Single(r => r.Measure == "par").Estimate, Is.LessThan(0), "adverse: par ≤ 0");
        Assert.That(fixture.Store.ComputeInequalityMeasures(request).CacheHits, Is.Zero, "the adverse run replaced the favourable entry (one entry per key), so it is computed again");
    }

    [Test]
    public void Without_the_cache_nothing_is_read_or_written()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", Data, Health);

        var run = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("U01405"), useCache: false);

        Assert.That(run.CacheHits, Is.Zero);
        Assert.That(fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM measure_cache"), Is.Zero);
    }

    [Test]
    public void The_cached_json_keeps_reasons_and_missing_values()
    {
        var results = new[]
        {
            new MeasureResult("d", 0.1 + 0.2, 1e-300, null, double.MaxValue, null),
            MeasureResult.NotComputed("sii", "sii applies only to ordered dimensions with more than two subgroups."),
        };

        Assert.That(MeasureCache.Deserialize(MeasureCache.Serialize(results)), Is.EqualTo(results));
    }
}
