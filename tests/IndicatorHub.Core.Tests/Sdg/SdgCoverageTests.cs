using System.Globalization;
using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class SdgCoverageTests
{
    private static readonly DateTimeOffset When = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly SdgMapping[] Mappings =
    [
        new("A", 3, "3.4", true, SdgMappingSource.Curated, When),
        new("A", 10, "10.2", false, SdgMappingSource.Curated, When),
        new("B", 3, "3.a", true, SdgMappingSource.Curated, When),
        new("C", 8, "8.5", true, SdgMappingSource.Curated, When),
        new("D", 3, null, true, SdgMappingSource.Analyst, When),
    ];

    private static readonly SdgIndicatorAvailability[] Availability =
    [
        // A: latest three periods are 2019-2021; 2021 exists but is all missing; m1 only has data in 2018.
        Avail("A", (2018, ["m1", "m2"]), (2019, ["m2"]), (2020, ["m3"]), (2021, [])),
        // B: only two periods; 0000 (riket) is not a municipality.
        Avail("B", (2020, ["m4"]), (2022, ["m1", "0000"])),
        Avail("C", (2015, ["m5"]), (2016, ["m5"]), (2022, ["m5"])),
    ];

    private static readonly HashSet<string> Municipalities = ["m1", "m2", "m3", "m4", "m5"];

    private static SdgIndicatorAvailability Avail(string id, params (int Period, string[] Munis)[] periods) =>
        new(id, periods.ToDictionary(p => p.Period, p => (IReadOnlySet<string>)p.Munis.ToHashSet()));

    [Test]
    public void Goal_counts_indicators_mapped_to_it_or_its_targets_and_the_union_of_their_municipalities()
    {
        var report = SdgCoverage.Compute(Mappings, Availability, municipalities: Municipalities);
        var goal3 = report.Goal(3);
        Assert.Multiple(() =>
        {
            // A → {m2, m3} (2019-2021), B → {m4, m1} (0000 filtered), D → no availability.
            Assert.That(goal3.IndicatorIds, Is.EqualTo(new[] { "A", "B", "D" }));
            Assert.That(goal3.IndicatorsWithData, Is.EqualTo(2));
            Assert.That(goal3.MunicipalitiesWithData, Is.EqualTo(4));
            Assert.That(report.Goal(10).MunicipalitiesWithData, Is.EqualTo(2));
            Assert.That(report.Goal(8).MunicipalitiesWithData, Is.EqualTo(1));
        });
    }

    [Test]
    public void Target_counts_only_indicators_mapped_to_that_target()
    {
        var report = SdgCoverage.Compute(Mappings, Availability, municipalities: Municipalities);
        Assert.Multiple(() =>
        {
            Assert.That((report.Target("3.4").IndicatorCount, report.Target("3.4").MunicipalitiesWithData), Is.EqualTo((1, 2)));
            Assert.That((report.Target("3.A").IndicatorCount, report.Target("3.a").MunicipalitiesWithData), Is.EqualTo((1, 2)));
            Assert.That((report.Target("10.2").IndicatorCount, report.Target("10.2").MunicipalitiesWithData), Is.EqualTo((1, 2)));
            Assert.That(report.Target("3.5").IsBlindSpot, Is.True);
        });
    }

    [Test]
    public void Without_a_municipality_filter_every_supplied_id_counts()
    {
        var report = SdgCoverage.Compute(Mappings, Availability);
        Assert.That(report.Goal(3).MunicipalitiesWithData, Is.EqualTo(5), "0000 is counted when no filter is given");
    }

    [Test]
    public void Only_the_latest_n_periods_count_and_an_all_missing_latest_period_is_not_backfilled()
    {
        var report = SdgCoverage.Compute(Mappings, Availability, municipalities: Municipalities, periods: 1);
        Assert.Multiple(() =>
        {
            Assert.That(report.Target("3.4").IndicatorsWithData, Is.Zero, "A's latest period 2021 has no values");
            Assert.That(report.Target("3.4").MunicipalitiesWithData, Is.Zero);
            Assert.That(report.Target("3.a").MunicipalitiesWithData, Is.EqualTo(1));
            Assert.That(report.PeriodsConsidered, Is.EqualTo(1));
        });
    }

    [Test]
    public void Blind_spots_are_the_goals_and_targets_without_indicators()
    {
        var report = SdgCoverage.Compute(Mappings, Availability);
        Assert.Multiple(() =>
        {
            Assert.That(report.Goals, Has.Count.EqualTo(17));
            Assert.That(report.Targets, Has.Count.EqualTo(169));
            Assert.That(report.BlindSpotGoals, Is.EqualTo(Enumerable.Range(1, 17).Except([3, 8, 10])));
            Assert.That(report.BlindSpotTargets, Has.Count.EqualTo(165));
            Assert.That(report.BlindSpotTargets, Does.Not.Contain("3.4").And.Not.Contain("8.5").And.Contain("3.1"));
        });
    }

    [Test]
    public void Curated_mapping_on_real_kolada_values_covers_all_290_municipalities_for_goals_3_and_16()
    {
        var municipalities = SdgTestData.ReadCsv(SdgTestData.MunicipalityCsv)
            .Select(r => r["municipality_code"]).ToHashSet();
        var availability = Directory.EnumerateFiles(KoladaRealData.KoladaValuesDir, "v2_flat_*_by_geo_year.csv")
            .Select(ReadAvailability)
            .ToList();

        var report = SdgCoverage.Compute(CuratedMapping.Load(), availability, municipalities: municipalities);

        Assert.Multiple(() =>
        {
            Assert.That(municipalities, Has.Count.EqualTo(290));
            Assert.That(report.Goal(3).MunicipalitiesWithData, Is.EqualTo(290));
            // Turnout 2022 is empty for three kommuner, but 2020-2021 repeat the 2018 election for all 290.
            Assert.That(report.Target("16.7").MunicipalitiesWithData, Is.EqualTo(290));
            Assert.That(report.Target("16.7").IndicatorsWithData, Is.EqualTo(9));
            Assert.That(report.Target("3.5").IndicatorCount, Is.EqualTo(1), "U01404 is mapped");
            Assert.That(report.Target("3.5").IndicatorsWithData, Is.Zero, "but no values file for it is shipped");
            Assert.That(report.BlindSpotGoals, Is.EqualTo(new[] { 17 }), "RKA's Agenda 2030 set maps a KPI to every goal but 17");
        });
    }

    private static SdgIndicatorAvailability ReadAvailability(string path)
    {
        var rows = SdgTestData.ReadCsv(path);
        var valueColumn = rows[0].Keys.Single(k => k is not ("geo" or "year"));
        var byYear = rows
            .GroupBy(r => int.Parse(r["year"], CultureInfo.InvariantCulture))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.Where(r => r[valueColumn].Length > 0).Select(r => r["geo"]).ToHashSet());
        return new SdgIndicatorAvailability(valueColumn.ToUpperInvariant(), byYear);
    }
}
