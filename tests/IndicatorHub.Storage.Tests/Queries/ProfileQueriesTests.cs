using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Rankings;
using IndicatorHub.Storage.Queries.Series;
using IndicatorHub.Storage.Tests.Inequality;

namespace IndicatorHub.Storage.Tests.Queries;

public sealed class ProfileQueriesTests
{
    // Hand-made data on real reference areas: Malmö (1280, Skåne 12, kommungrupp Storstäder with Stockholm 0180
    // and Göteborg 1480), Lund (1281), riket (00).
    private static readonly Obs[] Rows =
    [
        Obs.Total("T1", "1280", "2014", 70), Obs.Total("T1", "1280", "2015", 71), Obs.Total("T1", "1280", "2021", 74), Obs.Total("T1", "1280", "2022", 75),
        Obs.Female("T1", "1280", "2015", 74), Obs.Male("T1", "1280", "2015", 68),
        Obs.Female("T1", "1280", "2022", 77), Obs.Male("T1", "1280", "2022", 73),
        Obs.Total("T1", "00", "2022", 76), Obs.Total("T1", "12", "2022", 77),
        Obs.Total("T1", "0180", "2022", 80), Obs.Total("T1", "1480", "2022", 79), Obs.Total("T1", "1281", "2022", 90),
        Obs.Total("T1", "0180", "2021", 1),
    ];

    private static StoreFixture Seeded()
    {
        var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "t1.csv", Rows, new Indicator("T1", "Test one") { HigherIsBetter = true, Unit = "%" });
        return fixture;
    }

    [Test]
    public void Profile_reads_latest_previous_base_and_benchmarks_with_batches()
    {
        using var fixture = Seeded();
        var malmo = ProfileAreaQuery.Run(fixture.Connection, "Malmö")!;
        var row = ProfileQuery.Run(fixture.Connection, malmo).Single();

        Assert.Multiple(() =>
        {
            Assert.That((malmo.Code, malmo.CountyCode, malmo.CountyName), Is.EqualTo(("1280", "12", "Skåne län")));
            Assert.That((row.Latest.Period, row.Latest.Value), Is.EqualTo(("2022", 75.0)));
            Assert.That(row.Latest.Batch, Is.EqualTo(1));
            Assert.That((row.Previous!.Period, row.Previous.Value), Is.EqualTo(("2021", 74.0)));
            Assert.That((row.Base!.Period, row.Base.Value), Is.EqualTo(("2015", 71.0)), "the first period in or after 2015, not 2014");
            Assert.That(row.Country!.Value, Is.EqualTo(76));
            Assert.That(row.County!.Value, Is.EqualTo(77));
            // Storstäder 2022: Stockholm 80, Göteborg 79, Malmö 75 → (80 + 79 + 75) / 3 = 78; Stockholm's 2021 value is another period.
            Assert.That((row.Group!.Value, row.Group.Members), Is.EqualTo((78.0, 3)));
            Assert.That((row.SexLatest!.Period, row.SexLatest.Difference), Is.EqualTo(("2022", 4.0)));
            Assert.That((row.SexBase!.Period, row.SexBase.Difference), Is.EqualTo(("2015", 6.0)));
        });
    }

    [Test]
    public void Spread_query_gives_the_type_7_quartiles_of_the_municipalities_only()
    {
        using var fixture = Seeded();
        var key = IndicatorInfoQuery.Run(fixture.Connection, "t1")!.Key;
        var spread = MunicipalitySpreadQuery.Run(fixture.Connection, AreaKind.Municipality, [(key, "2022")])[(key, "2022")].Spread;

        // Municipalities 2022: 75, 79, 80, 90 (riket 76 and Skåne 77 are not municipalities).
        Assert.That(spread, Is.EqualTo(MunicipalitySpread.FromValues([75, 79, 80, 90])));
        // By hand: h(25) = 0.75 → 75 + 0.75 × 4 = 78; h(75) = 2.25 → 80 + 0.25 × 10 = 82.5.
        Assert.That((spread.P25, spread.P75), Is.EqualTo((78.0, 82.5)));
    }

    [Test]
    public void Series_ranking_and_version_read_what_was_stored()
    {
        using var fixture = Seeded();
        var malmo = ProfileAreaQuery.Run(fixture.Connection, "1280")!;
        var indicator = IndicatorInfoQuery.Run(fixture.Connection, "T1")!;
        var series = AreaSeriesQuery.Run(fixture.Connection, indicator.Key, malmo);
        var ranking = RankingQuery.Run(fixture.Connection, indicator.Key, "2022");

        Assert.Multiple(() =>
        {
            Assert.That(series.Area.Select(v => v.Period), Is.EqualTo(new[] { "2014", "2015", "2021", "2022" }));
            // Storstäder's mean per period includes Malmö itself: 2021 (Malmö 74 + Stockholm 1) / 2 = 37.5.
            Assert.That(series.Group.Select(g => (g.Period, g.Value)), Is.EqualTo(new[] { ("2014", 70.0), ("2015", 71.0), ("2021", 37.5), ("2022", 78.0) }));
            Assert.That(series.SexPairs.Select(p => p.Period), Is.EqualTo(new[] { "2015", "2022" }));
            Assert.That(ranking.Select(r => r.AreaCode), Is.EqualTo(new[] { "0180", "1280", "1281", "1480" }));
            Assert.That(RankingQuery.Periods(fixture.Connection, indicator.Key), Is.EqualTo(new[] { "2022", "2021", "2015", "2014" }));
            Assert.That(InputVersionQuery.ForIndicators(fixture.Connection, [indicator.Key]), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_new_batch_that_changes_a_value_raises_the_version()
    {
        using var fixture = Seeded();
        var key = IndicatorInfoQuery.Run(fixture.Connection, "T1")!.Key;
        InequalityStoreData.Import(fixture, "t1b.csv", [Obs.Total("T1", "1281", "2022", 91)]);

        Assert.That(InputVersionQuery.ForIndicators(fixture.Connection, [key]), Is.EqualTo(2));
    }

    [Test]
    public void Unknown_area_or_indicator_is_null()
    {
        using var fixture = Seeded();
        Assert.Multiple(() =>
        {
            Assert.That(ProfileAreaQuery.Run(fixture.Connection, "9999"), Is.Null);
            Assert.That(ProfileAreaQuery.Run(fixture.Connection, new string('x', 500)), Is.Null);
            Assert.That(IndicatorInfoQuery.Run(fixture.Connection, "NOPE"), Is.Null);
        });
    }
}
