using IndicatorHub.Core.Indicators;
using IndicatorHub.Core.Similarity;
using IndicatorHub.Storage.Queries.Similarity;
using IndicatorHub.Storage.Tests.Inequality;

namespace IndicatorHub.Storage.Tests.Queries.Similarity;

public sealed class SimilarityValuesQueryTests
{
    // Four municipalities on a line in 2022 (Stockholm 0180 = 0, Malmö 1280 = 1, Lund 1281 = 2, Göteborg 1480 = 3),
    // and rows that must not count: riket and Skåne (not municipalities), a women's value, another year.
    private static readonly Obs[] Rows =
    [
        Obs.Total("S1", "0180", "2022", 0), Obs.Total("S1", "1280", "2022", 1), Obs.Total("S1", "1281", "2022", 2), Obs.Total("S1", "1480", "2022", 3),
        Obs.Total("S1", "00", "2022", 1.1), Obs.Total("S1", "12", "2022", 1.2), Obs.Female("S1", "1281", "2022", 1.0),
        Obs.Total("S1", "0180", "2021", 2), Obs.Total("S1", "1281", "2020", 2),
    ];

    private static StoreFixture Seeded()
    {
        var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "s1.csv", Rows, new Indicator("S1", "Similarity one"));
        return fixture;
    }

    [Test]
    public void Reads_the_municipalities_totals_of_the_period_only()
    {
        using var fixture = Seeded();
        var (values, batch) = SimilarityValuesQuery.Run(fixture.Connection, ["S1"], "2022");

        Assert.That(values.OrderBy(v => v.Area).Select(v => (v.Area, v.Value)), Is.EqualTo(new[] { ("0180", 0.0), ("1280", 1.0), ("1281", 2.0), ("1480", 3.0) }));
        Assert.That(batch, Is.EqualTo(1));
    }

    [Test]
    public void Lunds_nearest_on_the_line_are_its_neighbours_then_the_far_end()
    {
        using var fixture = Seeded();
        var (values, _) = SimilarityValuesQuery.Run(fixture.Connection, ["S1"], "2022");
        var result = SimilarityCalculator.Nearest("1281", values, new SimilarityRequest([new WeightedIndicator("S1", 1)]));

        // From 2: Malmö (1) and Göteborg (3) are one step away (tie, by code), Stockholm (0) two.
        Assert.That(result.AreaCodes, Is.EqualTo(new[] { "1280", "1480", "0180" }));
    }

    [Test]
    public void Years_lists_the_areas_four_digit_periods_latest_first()
    {
        using var fixture = Seeded();

        Assert.That(SimilarityValuesQuery.Years(fixture.Connection, "1281", ["S1"]), Is.EqualTo(new[] { ("2022", 1), ("2020", 1) }));
    }
}
