using IndicatorHub.Core.Comparison;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Compare;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Networks;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Tests.Compare;

/// <summary>
/// The matrix's statuses on a hand-built store whose answers are known by construction: values exactly on a
/// quartile, riket exactly on an interval's edge, and the network's own value weighted by population.
/// </summary>
public class CompareStatusBoundaryTests
{
    private string _folder = null!;
    private IndicatorStore _store = null!;

    [SetUp]
    public void CreateStore()
    {
        _folder = Directory.CreateTempSubdirectory("ih-compare-").FullName;
        _store = IndicatorStore.Open(Path.Combine(_folder, "ih.db"));
    }

    [TearDown]
    public void DeleteStore()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Import(Indicator indicator, IEnumerable<(string Area, string Period, ObservationValues Values)> rows, string file)
    {
        using var writer = _store.BeginImport(new ImportBatchStart(file, "long-csv", file));
        writer.MergeIndicator(indicator);
        writer.MergeIndicator(new Indicator("N01951", "Invånare totalt, antal"));
        var count = 0;
        foreach (var (area, period, values) in rows)
        {
            Assert.That(writer.Areas.TryResolve(area, out var areaId, out _), Is.True, area);
            var code = values.Status == "population" ? "N01951" : indicator.Id;
            Assert.That(writer.WriteObservation(writer.ResolveIndicator(code), areaId, period, "total", "total", values with { Status = null }), Is.True);
            count++;
        }

        Assert.That(writer.Finish(count, 0, keepGoodRows: false, dryRun: false).Outcome, Is.EqualTo(ImportOutcome.Stored));
    }

    private (CompareService Service, ReadConnection Read) Service()
    {
        var read = new ReadConnection(_store);
        return (new CompareService(read, new SpreadCache(), _store), read);
    }

    private static ObservationValues V(double value) => new(value);

    private static ObservationValues Population(double value) => new(value, Status: "population");

    [Test]
    public void A_value_exactly_on_a_quartile_is_in_the_middle_half_and_only_values_beyond_it_in_a_quarter()
    {
        // Eight municipalities 1..8: type-7 quartiles at h = 7·0.25 = 1.75 → 2.75 and h = 5.25 → 6.25.
        // Members: 2.75 (on P25), 6.25 (on P75), 6.3 (beyond P75), 2.7 (beyond P25); higher is better.
        var values = new[] { ("0180", 1.0), ("1280", 2.0), ("1480", 3.0), ("0380", 4.0), ("0580", 5.0), ("1880", 6.0), ("2480", 7.0), ("2580", 8.0) };
        var members = new[] { ("1281", 2.75), ("1283", 6.25), ("1488", 6.3), ("2080", 2.7) };
        var indicator = new Indicator("X00001", "Test") { HigherIsBetter = true };
        Import(indicator, values.Concat(members).Select(v => (v.Item1, "2022", V(v.Item2))).Append(("00", "2022", V(4.5))), "quartiles.csv");
        var writer = new NetworkWriter(_store.Connections, TimeProvider.System);
        writer.Create("Kvartiler", "test");
        foreach (var (code, _) in members)
        {
            writer.AddMember("kvartiler", code, null, "test");
        }

        var (service, read) = Service();
        using (read)
        {
            var selection = service.Select("kvartiler", null, null, null).Selection!;
            var indicators = service.Indicators("X00001", null).Indicators;
            var matrix = service.Matrix(selection, indicators, null);

            // The spread is among all twelve municipalities with a value: 1, 2, 2.7, 2.75, 3, 4, 5, 6, 6.25, 6.3, 7, 8.
            // h = 11·0.25 = 2.75 → 2.7 + 0.75·0.05 = 2.7375; h = 8.25 → 6.25 + 0.25·0.05 = 6.2625.
            // So 2.75 and 6.25 lie inside [2.7375, 6.2625] (middle half), 6.3 beyond P75 (best), 2.7 below P25 (worst).
            var status = matrix.Rows.ToDictionary(r => r.Area.Code, r => r.Cells[0].Comparison.Status);
            Assert.That(matrix.Rows[0].Cells[0].Spread!.P25, Is.EqualTo(2.7375).Within(1e-12));
            Assert.That(matrix.Rows[0].Cells[0].Spread!.P75, Is.EqualTo(6.2625).Within(1e-12));
            Assert.That(status["1281"], Is.EqualTo(ComparisonStatus.MiddleHalf));
            Assert.That(status["1283"], Is.EqualTo(ComparisonStatus.MiddleHalf));
            Assert.That(status["1488"], Is.EqualTo(ComparisonStatus.BestQuarter));
            Assert.That(status["2080"], Is.EqualTo(ComparisonStatus.WorstQuarter));
        }
    }

    [Test]
    public void A_value_exactly_on_the_quartile_itself_counts_as_the_middle_half()
    {
        // Five municipalities 10, 20, 30, 40, 50: P25 = 20 and P75 = 40 exactly (h = 1 and 3); members are 20 and 40.
        var indicator = new Indicator("X00002", "Test") { HigherIsBetter = false };
        Import(indicator, new[] { ("0180", 10.0), ("1280", 20.0), ("1480", 30.0), ("0380", 40.0), ("0580", 50.0) }.Select(v => (v.Item1, "2021", V(v.Item2))), "exact.csv");
        var (service, read) = Service();
        using (read)
        {
            var selection = service.Select(null, null, null, "1280,0380,0180").Selection!;
            var matrix = service.Matrix(selection, service.Indicators("X00002", null).Indicators, null);

            var status = matrix.Rows.ToDictionary(r => r.Area.Code, r => r.Cells[0].Comparison.Status);
            Assert.That(status["1280"], Is.EqualTo(ComparisonStatus.MiddleHalf), "20 = P25");
            Assert.That(status["0380"], Is.EqualTo(ComparisonStatus.MiddleHalf), "40 = P75");
            Assert.That(status["0180"], Is.EqualTo(ComparisonStatus.BestQuarter), "10 < P25 and lower is better");
        }
    }

    [Test]
    public void Riket_on_the_edge_of_a_members_interval_is_similar_and_just_outside_it_is_not()
    {
        // Member intervals [9, 11]; riket 11 (on the upper edge) → similar; a second member [7, 10.99] → riket above it.
        // Higher is better, so riket above the member's interval means the member is worse; the 99.8 % interval of
        // [7, 10.99] around 9 (no SE) is 9 ± (1.99·3.0902/1.96) = 9 ± 3.1375 → 12.1375 > 11, so only "worse".
        var indicator = new Indicator("X00003", "Test") { HigherIsBetter = true };
        Import(indicator, new[]
        {
            ("1280", "2020", new ObservationValues(10, LowerLimit: 9, UpperLimit: 11)),
            ("0180", "2020", new ObservationValues(9, LowerLimit: 7, UpperLimit: 10.99)),
            ("00", "2020", V(11)),
        }, "intervals.csv");
        var (service, read) = Service();
        using (read)
        {
            var selection = service.Select(null, null, null, "1280,0180").Selection!;
            var matrix = service.Matrix(selection, service.Indicators("X00003", null).Indicators, null);

            var status = matrix.Rows.ToDictionary(r => r.Area.Code, r => r.Cells[0].Comparison);
            Assert.That(status["1280"].Status, Is.EqualTo(ComparisonStatus.Similar));
            Assert.That(status["1280"].Method, Is.EqualTo(ComparisonMethod.ConfidenceInterval));
            Assert.That(status["0180"].Status, Is.EqualTo(ComparisonStatus.Worse));
            Assert.That(matrix.Columns[0].Country!.Value, Is.EqualTo(11));
        }
    }

    [Test]
    public void The_members_own_value_is_population_weighted_where_every_member_has_a_population_else_unweighted()
    {
        // 2022: 10 (pop 100) and 20 (pop 300) → (1000 + 6000) / 400 = 17.5. 2023: population only for one → (10 + 30) / 2 = 20.
        var indicator = new Indicator("X00004", "Test") { HigherIsBetter = true };
        Import(indicator, new[]
        {
            ("1280", "2022", V(10)), ("0180", "2022", V(20)),
            ("1280", "2022", Population(100)), ("0180", "2022", Population(300)),
            ("1280", "2023", V(10)), ("0180", "2023", V(30)), ("1280", "2023", Population(100)),
        }, "weights.csv");
        var (service, read) = Service();
        using (read)
        {
            var selection = service.Select(null, null, null, "1280,0180").Selection!;
            var indicators = service.Indicators("X00004", null).Indicators;

            var weighted = service.Matrix(selection, indicators, "2022").Columns[0].Network;
            var latest = service.Matrix(selection, indicators, null).Columns[0];

            Assert.That((weighted.Value, weighted.Method), Is.EqualTo(((double?)17.5, CompareAggregateMethod.PopulationWeighted)));
            Assert.That(latest.Period, Is.EqualTo("2023"), "the latest period any member has");
            Assert.That((latest.Network.Value, latest.Network.Method), Is.EqualTo(((double?)20, CompareAggregateMethod.Unweighted)));
        }
    }
}
