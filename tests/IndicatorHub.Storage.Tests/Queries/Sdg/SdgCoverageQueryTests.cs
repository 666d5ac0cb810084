using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Sdg;
using IndicatorHub.Storage.Tests.Sdg;

namespace IndicatorHub.Storage.Tests.Queries.Sdg;

/// <summary>
/// Coverage from the store on a small hand-built data set. Mappings (replacing the curated file):
/// A1 → 3.4 (primary) and goal 10; B2 → 3.5; C3 → 10.2; D4 has data but no mapping.
/// <code>
/// indicator  period     area (kind)              dimension/subgroup  value
/// A1         2019       0180, 1280, 0114 (mun.)  total               1
/// A1         2021       0180                     total               1
/// A1         2022       1280                     sex/female          1     (only by sex: still data)
/// A1         2023       0180                     total               null  (1, withdrawn by an empty cell: a row, no value)
/// A1         2023       01 (region)              total               1
/// B2         2020-2022  0180                     total               1     (a span counts as its end year 2022)
/// B2         2024-01    0114                     total               1     (a month counts as its year 2024)
/// C3         2023       00 (country)             total               1
/// D4         2023       0180                     total               1
/// </code>
/// Worked out by hand, for all municipalities:
/// A1's years with municipal rows are 2023, 2022, 2021, 2019; the latest three are 2023 (no value), 2022 {1280}
/// and 2021 {0180}, so A1 has 2 municipalities; 0114 had data only in 2019 and does not count.
/// B2's years are 2024 {0114} and 2022 {0180}: 2 municipalities. C3 has no municipal row: no data. D4 is unmapped.
/// Goal 3 = {A1, B2}: 2 indicators with data, municipalities {0180, 1280, 0114} = 3. Target 3.4 = {A1}: 2.
/// Target 3.5 = {B2}: 2. Goal 10 = {A1, C3}: 1 indicator with data, 2 municipalities. Target 10.2 = {C3}: mapped,
/// so not a blind spot, but 0 indicators with data. Goal 1 has no mapping: a blind spot.
/// For Stockholm (0180): A1 has data (2021 is among its latest three years), B2 too (2022): 3.4 and 3.5 are
/// covered. For Upplands Väsby (0114): A1's value is from 2019 only, so 3.4 is blind there; B2 (2024) covers 3.5.
/// </summary>
public class SdgCoverageStoreTests
{
    private const string Mapping = """
        indicator,goal,target,primary,source
        A1,3,3.4,true,analyst
        A1,10,,false,analyst
        B2,3,3.5,true,analyst
        C3,10,10.2,true,analyst
        """;

    [Test]
    public void Availability_holds_each_mapped_indicators_latest_three_years_with_the_municipalities_that_have_a_value()
    {
        using var fixture = Build();

        var availability = fixture.Store.Read(c => SdgAvailabilityQuery.Run(c)).ToDictionary(a => a.IndicatorId);

        Assert.That(availability.Keys, Is.EquivalentTo(new[] { "A1", "B2" }), "C3 has no municipal row, D4 is unmapped");
        var a1 = availability["A1"].MunicipalitiesByPeriod;
        Assert.That(a1.Keys, Is.EquivalentTo(new[] { 2021, 2022, 2023 }));
        Assert.That(a1[2023], Is.Empty, "a year with rows but no value still counts as one of the latest");
        Assert.That(a1[2022], Is.EquivalentTo(new[] { "1280" }));
        Assert.That(a1[2021], Is.EquivalentTo(new[] { "0180" }));
        Assert.That(availability["B2"].MunicipalitiesByPeriod.Keys, Is.EquivalentTo(new[] { 2022, 2024 }));
    }

    [Test]
    public void Coverage_for_all_municipalities_matches_the_hand_count()
    {
        using var fixture = Build();

        var report = fixture.Store.Read(c => SdgCoverageQuery.Run(c));

        Assert.That(Row(report.Goal(3)), Is.EqualTo((2, 2, 3)));
        Assert.That(Row(report.Target("3.4")), Is.EqualTo((1, 1, 2)));
        Assert.That(Row(report.Target("3.5")), Is.EqualTo((1, 1, 2)));
        Assert.That(Row(report.Goal(10)), Is.EqualTo((2, 1, 2)));
        Assert.That(Row(report.Target("10.2")), Is.EqualTo((1, 0, 0)));
        Assert.That(report.Target("10.2").IsBlindSpot, Is.False);
        Assert.That(report.BlindSpotGoals, Is.EqualTo(new[] { 1, 2, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17 }));
    }

    [Test]
    public void Coverage_for_one_municipality_shows_where_it_is_blind()
    {
        using var fixture = Build();

        var stockholm = fixture.Store.Read(c => SdgCoverageQuery.Run(c, AreaLookupQuery.Run(c, "0180")));
        var vasby = fixture.Store.Read(c => SdgCoverageQuery.Run(c, AreaLookupQuery.Run(c, "Upplands Väsby")));

        Assert.That(Row(stockholm.Target("3.4")), Is.EqualTo((1, 1, 1)));
        Assert.That(Row(stockholm.Target("3.5")), Is.EqualTo((1, 1, 1)));
        Assert.That(Row(vasby.Target("3.4")), Is.EqualTo((1, 0, 0)), "2019 is not among A1's latest three years");
        Assert.That(Row(vasby.Target("3.5")), Is.EqualTo((1, 1, 1)));
        Assert.That(Row(vasby.Goal(10)), Is.EqualTo((2, 0, 0)));
    }

    [Test]
    public void A_region_is_measured_against_its_own_kind_and_an_unknown_area_is_refused()
    {
        using var fixture = Build();

        var region = fixture.Store.Read(c => SdgAvailabilityQuery.Run(c, AreaLookupQuery.Run(c, "01"))).Single();

        Assert.That(region.IndicatorId, Is.EqualTo("A1"));
        Assert.That(region.MunicipalitiesByPeriod[2023], Is.EquivalentTo(new[] { "01" }));
        Assert.That(fixture.Store.Read(c => AreaLookupQuery.Run(c, "Atlantis")), Is.Null, "an unknown area has no coverage to ask for");
    }

    [Test]
    public void Period_count_is_configurable()
    {
        using var fixture = Build();

        var report = fixture.Store.Read(c => SdgCoverageQuery.Run(c, periods: 4));

        Assert.That(report.Target("3.4").MunicipalitiesWithData, Is.EqualTo(3), "with four years A1's 2019 brings 0114 in");
    }

    private static (int Indicators, int WithData, int Municipalities) Row(Core.Sdg.SdgCoverageEntry entry) =>
        (entry.IndicatorCount, entry.IndicatorsWithData, entry.MunicipalitiesWithData);

    private static StoreFixture Build()
    {
        var fixture = new StoreFixture();
        Assert.That(fixture.Store.ImportSdgMappings(new StringReader(Mapping)).Applied, Is.True);
        using (var earlier = fixture.Store.BeginImport(new ImportBatchStart("earlier.csv", "long-csv", "earlier")))
        {
            earlier.WriteRow("A1", "2023", "0180", 1);
            Assert.That(earlier.Finish(1, 0, keepGoodRows: false, dryRun: false).Outcome, Is.EqualTo(ImportOutcome.Stored));
        }

        using var writer = fixture.Store.BeginImport(new ImportBatchStart("hand.csv", "long-csv", "hand"));
        writer.WriteRow("A1", "2019", "0180", 1);
        writer.WriteRow("A1", "2019", "1280", 1);
        writer.WriteRow("A1", "2019", "0114", 1);
        writer.WriteRow("A1", "2021", "0180", 1);
        writer.WriteRow("A1", "2022", "1280", 1, "sex", "female");
        writer.WriteRow("A1", "2023", "0180", null);
        writer.WriteRow("A1", "2023", "01", 1);
        writer.WriteRow("B2", "2020-2022", "0180", 1);
        writer.WriteRow("B2", "2024-01", "0114", 1);
        writer.WriteRow("C3", "2023", "00", 1);
        writer.WriteRow("D4", "2023", "0180", 1);
        Assert.That(writer.Finish(11, 0, keepGoodRows: false, dryRun: false).Outcome, Is.EqualTo(ImportOutcome.Stored));
        return fixture;
    }
}
