using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Queries.Observations;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;
using IndicatorHub.Storage.Tests.Inequality;

namespace IndicatorHub.Storage.Tests.Queries.Observations;

public sealed class ObservationPageQueryTests
{
    // Two indicators × two municipalities × three years, plus a women's row: 13 rows in all. 2022's values were
    // stored by an earlier file and withdrawn by this one's empty cells: rows without a value.
    private static readonly Obs[] Rows =
    [
        .. new[] { "P1", "P2" }.SelectMany(i => new[] { "1280", "1281" }.SelectMany(a => new[] { "2020", "2021", "2022" }.Select(y => Obs.Total(i, a, y, y == "2022" ? null : 1.5)))),
        Obs.Female("P1", "1281", "2021", 2),
    ];

    private static StoreFixture Seeded()
    {
        var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "p0.csv", Rows.Where(r => r.Value is null).Select(r => r with { Value = 3 }).ToArray());
        InequalityStoreData.Import(fixture, "p.csv", Rows, new Indicator("P1", "Page one"), new Indicator("P2", "Page two"));
        return fixture;
    }

    private static List<StoredObservation> All(StoreFixture fixture, ObservationPageFilter filter, int size)
    {
        var rows = new List<StoredObservation>();
        ObservationKey? after = null;
        do
        {
            var page = ObservationPageQuery.Run(fixture.Connection, filter, after, size);
            Assert.That(page.Rows, Has.Count.LessThanOrEqualTo(size));
            rows.AddRange(page.Rows);
            after = page.Next;
        }
        while (after is not null);
        return rows;
    }

    [Test]
    public void Pages_of_two_walk_one_indicator_in_key_order_without_gaps()
    {
        using var fixture = Seeded();
        var key = IndicatorInfoQuery.Run(fixture.Connection, "P1")!.Key;

        var rows = All(fixture, new ObservationPageFilter(key, null, null, null), 2);

        Assert.That(rows.Select(r => (r.Area, r.Period, r.Dimension)), Is.EqualTo(new[]
        {
            ("1280", "2020", "total"), ("1280", "2021", "total"), ("1280", "2022", "total"),
            ("1281", "2020", "total"), ("1281", "2021", "sex"), ("1281", "2021", "total"), ("1281", "2022", "total"),
        }));
        Assert.That(rows.Single(r => r.Area == "1280" && r.Period == "2022").Value, Is.Null, "a withdrawn value is a row with null");
    }

    [Test]
    public void An_area_alone_pages_across_indicators_and_filters_combine()
    {
        using var fixture = Seeded();
        var lund = ProfileAreaQuery.Run(fixture.Connection, "1281")!.Key;

        var rows = All(fixture, new ObservationPageFilter(null, lund, null, null), 3);
        var totals2021 = All(fixture, new ObservationPageFilter(null, lund, "2021", "total"), 1);

        Assert.That(rows.Select(r => r.Indicator), Is.EqualTo(new[] { "P1", "P1", "P1", "P1", "P2", "P2", "P2" }));
        Assert.That(rows.Select(r => r.Area), Is.All.EqualTo("1281"));
        Assert.That(totals2021.Select(r => (r.Indicator, r.Period, r.Dimension)), Is.EqualTo(new[] { ("P1", "2021", "total"), ("P2", "2021", "total") }));
    }

    [Test]
    public void The_last_page_has_no_next_key()
    {
        using var fixture = Seeded();

        var page = ObservationPageQuery.Run(fixture.Connection, new ObservationPageFilter(null, null, null, null), null, 13);

        Assert.That((page.Rows.Count, page.Next), Is.EqualTo((13, (ObservationKey?)null)));
    }
}
