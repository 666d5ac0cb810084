using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Batches;
using IndicatorHub.Storage.Queries.Sdg;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Storage.Tests.Queries.Sdg;

/// <summary>
/// Progress towards 2030 from the store on hand-built series, with the curated mapping in place.
/// <code>
/// indicator                         area  period     dimension/subgroup  value
/// P1 (unmapped, higher is better)   0180  2014       total               50    (before the base year 2015)
///                                   0180  2015       total               60    (base)
///                                   0180  2018       total               62
///                                   0180  2016-2020  total               1000  (ends 2020 too: the single year wins)
///                                   0180  2020       total               66    (current)
///                                   0180  2020       sex/female          99    (not total: ignored)
///                                   0180  2021       total               null  (no value: ignored)
/// U01402 (curated 3.a: lower is     0180  2015       total               10    (base)
///   better, target 5 by 2025,       0180  2019       total               8     (current)
///   base year 2015)                 1280  2015       total               10
///                                   1280  2021       total               4.8   (at or below 5: achieved)
/// N01951 (curated 11, no direction) 0180  2015/2020  total               900000, 980000
/// </code>
/// Worked out by hand:
/// P1, no target (method 1): CAGR = (66 / 60)^(1/5) − 1 = 1.1^0.2 − 1 = e^(0.2 · 0.0953102) − 1 = 0.0192449,
/// 1.92 %/year ≥ 1.5 % → on track. The direction comes from the indicator's higher_is_better (it has no mapping).
/// U01402 in 0180, target (method 2): observed = (8 / 10)^(1/4) − 1 = 0.945742 − 1 = −0.0542584; required =
/// (5 / 10)^(1/(2025 − 2015)) − 1 = 0.5^0.1 − 1 = 0.933033 − 1 = −0.0669670; R = d · observed / |required| =
/// (−1)(−0.0542584) / 0.0669670 = 0.81022, in [0.60, 0.95) → acceleration needed.
/// U01402 in 1280: 4.8 ≤ 5 → target achieved whatever the trend.
/// N01951: neither its mapping nor the indicator gives a direction → not assessed, with the reason.
/// </summary>
public class SdgProgressQueryTests
{
    [Test]
    public void The_series_is_total_by_the_year_a_period_ends_in_with_one_value_per_year()
    {
        using var fixture = Build();

        var series = fixture.Store.Read(c => SdgSeriesQuery.Run(c, ["P1", "U01402", "NOPE"], AreaLookupQuery.Run(c, "0180")!));

        Assert.That(series.Keys, Is.EquivalentTo(new[] { "P1", "U01402" }), "an id the store does not hold is left out");
        Assert.That(series["P1"].Select(p => (p.Year, p.Period, p.Value)), Is.EqualTo(new[]
        {
            (2014, "2014", 50.0), (2015, "2015", 60.0), (2018, "2018", 62.0), (2020, "2020", 66.0),
        }));
    }

    [Test]
    public void Each_point_keeps_the_batch_that_set_its_value()
    {
        using var fixture = Build();
        var first = fixture.Store.Read(c => BatchListQuery.Run(c)).Single().Id;
        using (var writer = fixture.Store.BeginImport(new ImportBatchStart("revision.csv", "long-csv", "revision")))
        {
            writer.WriteRow("P1", "2018", "0180", 63);
            writer.Finish(1, 0, keepGoodRows: false, dryRun: false);
        }

        var second = fixture.Store.Read(c => BatchListQuery.Run(c))[0].Id;
        var series = fixture.Store.Read(c => SdgSeriesQuery.Run(c, ["P1"], AreaLookupQuery.Run(c, "0180")!))["P1"];

        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(series.Select(p => (p.Period, p.Value, p.Batch)), Is.EqualTo(new[]
        {
            ("2014", 50.0, first), ("2015", 60.0, first), ("2018", 63.0, second), ("2020", 66.0, first),
        }), "the revised 2018 value points to the revision's batch, the others to the first file");
    }

    [Test]
    public void Without_a_target_the_direction_adjusted_growth_rate_decides_on_track()
    {
        using var fixture = Build();

        var p1 = Assess(fixture, "P1", "Stockholm")!;

        Assert.That((p1.Mapped, p1.DirectionFrom, p1.Area.Code), Is.EqualTo((false, SdgDirectionSource.Indicator, "0180")));
        Assert.That(p1.Result.Status, Is.EqualTo(SdgProgressStatus.OnTrack));
        Assert.That(p1.Result.Method, Is.EqualTo(SdgProgressMethod.WithoutTarget));
        Assert.That((p1.Result.BaseYear, p1.Result.BaseValue, p1.Result.CurrentYear, p1.Result.CurrentValue), Is.EqualTo(((int?)2015, (double?)60, (int?)2020, (double?)66)));
        Assert.That(p1.Result.ObservedCagr, Is.EqualTo(0.0192449).Within(1e-7));
        Assert.That(p1.Result.RequiredCagr, Is.Null);
    }

    [Test]
    public void With_the_curated_target_the_ratio_of_growth_rates_decides_and_a_met_target_is_achieved()
    {
        using var fixture = Build();

        var stockholm = Assess(fixture, "U01402", "0180")!;
        var malmo = Assess(fixture, "U01402", "1280")!;

        Assert.That((stockholm.Mapped, stockholm.DirectionFrom, stockholm.Settings.TargetValue), Is.EqualTo((true, SdgDirectionSource.Mapping, (double?)5)));
        Assert.That(stockholm.Result.Status, Is.EqualTo(SdgProgressStatus.AccelerationNeeded));
        Assert.That(stockholm.Result.Method, Is.EqualTo(SdgProgressMethod.WithTarget));
        Assert.That(stockholm.Result.ObservedCagr, Is.EqualTo(-0.0542584).Within(1e-7));
        Assert.That(stockholm.Result.RequiredCagr, Is.EqualTo(-0.0669670).Within(1e-7));
        Assert.That(stockholm.Result.ProgressValue, Is.EqualTo(0.81022).Within(1e-5));
        Assert.That(malmo.Result.Status, Is.EqualTo(SdgProgressStatus.TargetAchieved));
    }

    [Test]
    public void No_direction_anywhere_is_explained_and_unknown_indicators_and_areas_are_errors()
    {
        using var fixture = Build();

        var population = Assess(fixture, "N01951", "0180")!;

        Assert.That((population.Result.Status, population.DirectionFrom), Is.EqualTo((SdgProgressStatus.NotAvailable, SdgDirectionSource.None)));
        Assert.That(population.Result.Reason, Is.EqualTo(SdgProgressReason.NoDirection));
        Assert.That(Assess(fixture, "P1", "1280")!.Result.Reason, Is.EqualTo(SdgProgressReason.NoData));
        Assert.That(Assess(fixture, "U01405", "0180"), Is.Null, "curated but not in the store");
        Assert.That(fixture.Store.Read(c => AreaLookupQuery.Run(c, "Atlantis")), Is.Null, "an unknown area cannot be passed at all");
    }

    private static SdgProgressAssessment? Assess(StoreFixture fixture, string indicator, string area) =>
        fixture.Store.Read(c => SdgProgressQuery.RunOne(c, indicator, AreaLookupQuery.Run(c, area)!));

    private static StoreFixture Build()
    {
        var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(new ImportBatchStart("hand.csv", "long-csv", "hand"));
        writer.MergeIndicator(new Indicator("P1", "Handbyggd indikator") { HigherIsBetter = true });
        writer.WriteRow("P1", "2014", "0180", 50);
        writer.WriteRow("P1", "2015", "0180", 60);
        writer.WriteRow("P1", "2018", "0180", 62);
        writer.WriteRow("P1", "2016-2020", "0180", 1000);
        writer.WriteRow("P1", "2020", "0180", 66);
        writer.WriteRow("P1", "2020", "0180", 99, "sex", "female");
        writer.WriteRow("P1", "2021", "0180", null);
        writer.WriteRow("U01402", "2015", "0180", 10);
        writer.WriteRow("U01402", "2019", "0180", 8);
        writer.WriteRow("U01402", "2015", "1280", 10);
        writer.WriteRow("U01402", "2021", "1280", 4.8);
        writer.WriteRow("N01951", "2015", "0180", 900000);
        writer.WriteRow("N01951", "2020", "0180", 980000);
        Assert.That(writer.Finish(13, 0, keepGoodRows: false, dryRun: false).Outcome, Is.EqualTo(ImportOutcome.Stored));
        return fixture;
    }
}
