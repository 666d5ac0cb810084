using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Storage.Tests.Inequality;

public class AreaGroupTests
{
    private static readonly Indicator Unemployment = new("N03920", "Arbetslöshet 18-65 år, årsmedelvärde, andel (%) av bef.") { HigherIsBetter = false, Scale = 100 };

    [Test]
    public void A_kommungrupp_by_id_or_title_is_its_member_municipalities()
    {
        using var fixture = new StoreFixture();

        var byId = fixture.Store.ResolveAreaGroup("G92787");
        var byTitle = fixture.Store.ResolveAreaGroup("storstäder");

        Assert.That(byId, Is.EqualTo(byTitle).Using<AreaGroup>((a, b) => a.Name == b.Name && a.MemberCodes.SequenceEqual(b.MemberCodes)));
        Assert.That((byId.Kind, byId.Name, byId.SettingAverageArea), Is.EqualTo((AreaGroupKind.MunicipalityGroup, "Storstäder", (string?)null)));
        Assert.That(byId.MemberCodes, Is.EqualTo(new[] { "0180", "1280", "1480" }));
    }

    [Test]
    public void A_county_by_code_or_name_is_its_municipalities_with_the_region_as_setting_average()
    {
        using var fixture = new StoreFixture();

        var county = fixture.Store.ResolveAreaGroup("01");

        Assert.That((county.Kind, county.Name, county.SettingAverageArea), Is.EqualTo((AreaGroupKind.County, "Stockholms län", (string?)"01")));
        Assert.That(county.MemberCodes, Has.Count.EqualTo(26).And.Contains("0180").And.Contains("0114"));
        Assert.That(fixture.Store.ResolveAreaGroup("Stockholms län").MemberCodes, Is.EqualTo(county.MemberCodes));
    }

    [Test]
    public void Riket_by_code_or_name_is_every_municipality_with_riket_as_setting_average()
    {
        using var fixture = new StoreFixture();
        var municipalities = File.ReadLines(Path.Combine(RepositoryRoot(), "data", "reference", "municipality_county.csv")).Skip(1)
            .Select(line => line.Split(',')[0]).Order(StringComparer.Ordinal).ToList();

        var country = fixture.Store.ResolveAreaGroup("00");

        Assert.That((country.Kind, country.SettingAverageArea), Is.EqualTo((AreaGroupKind.Country, (string?)"00")));
        Assert.That(country.MemberCodes, Is.EqualTo(municipalities), "the reference file's municipalities, no county or riket among them");
        Assert.That(municipalities, Has.Count.EqualTo(290));
        Assert.That(fixture.Store.ResolveAreaGroup("Riket").MemberCodes, Is.EqualTo(country.MemberCodes));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "reference")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("data/reference not found above " + AppContext.BaseDirectory);
    }

    [Test]
    public void A_network_file_lists_areas_by_code_or_name()
    {
        using var fixture = new StoreFixture();
        var path = Path.Combine(Path.GetTempPath(), "ih-network-" + Guid.NewGuid().ToString("N") + ".csv");
        var bad = Path.ChangeExtension(path, ".bad.csv");
        try
        {
            File.WriteAllText(path, "area\n1280\nUmeå\n0180\n");
            File.WriteAllText(bad, "area\n1280\nAtlantis\n");

            var network = fixture.Store.ResolveAreaGroup(path);

            Assert.That((network.Kind, network.Name), Is.EqualTo((AreaGroupKind.Network, Path.GetFileNameWithoutExtension(path))));
            Assert.That(network.MemberCodes, Is.EqualTo(new[] { "0180", "1280", "2480" }));
            Assert.That(() => fixture.Store.ResolveAreaGroup(bad), Throws.ArgumentException.With.Message.Contains("unknown area 'Atlantis'"));
        }
        finally
        {
            File.Delete(path);
            File.Delete(bad);
        }
    }

    [Test]
    public void Anything_else_is_refused_with_what_a_group_can_be()
    {
        using var fixture = new StoreFixture();

        Assert.That(() => fixture.Store.ResolveAreaGroup("Malmö"), Throws.TypeOf<MeasureRequestException>().With.Property("Problem").EqualTo(MeasureRequestProblem.NotAGroup).And.Property("AreaKind").EqualTo("municipality").And.Property("AreaName").EqualTo("Malmö"));
        Assert.That(() => fixture.Store.ResolveAreaGroup("Atlantis"), Throws.ArgumentException.With.Message.Contains("No county, kommungrupp or network 'Atlantis'"));
        Assert.That(() => fixture.Store.ResolveAreaGroup("/no/such/network.csv"), Throws.ArgumentException.With.Message.Contains("no such file"));
    }

    [Test]
    public void Municipalities_of_a_group_are_a_non_ordered_dimension_weighted_by_population()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv",
        [
            Obs.Total("N03920", "0180", "2020", 10),
            Obs.Total("N03920", "1280", "2020", 20),
            Obs.Total("N03920", "1480", "2020", 30),
            Obs.Total("N01951", "0180", "2020", 500),
            Obs.Total("N01951", "1280", "2020", 300),
            Obs.Total("N01951", "1480", "2020", 200),
            Obs.Total("N03920", "1480", "2019", 31),
        ], Unemployment);

        var run = fixture.Store.ComputeInequalityMeasures(new MeasureRequest("N03920") { Group = "Storstäder" });

        Assert.That(run.Groups.Select(g => (g.Group.Setting, g.Group.Dimension, g.Group.Period)),
            Is.EqualTo(new[] { ("Storstäder", "areas", "2019"), ("Storstäder", "areas", "2020") }), "every period with data");
        var group = run.Groups[1];
        Assert.That(group.Group.Subgroups.Select(s => (s.Subgroup, s.Estimate, s.Population)),
            Is.EqualTo(new[] { ("0180", (double?)10, (double?)500), ("1280", 20, 300), ("1480", 30, 200) }));

        // Shares 0.5, 0.3, 0.2; μ = 5 + 6 + 6 = 17.
        // d = highest − lowest = 30 − 10 = 20; bgv = 0.5·49 + 0.3·9 + 0.2·169 = 61; mdmw = 0.5·7 + 0.3·3 + 0.2·13 = 7.
        // Adverse, so the best area is the lowest (10): mdbw = 0.3·10 + 0.2·20 = 7.
        // Gini = Σ_{i<j} p_i p_j |y_i − y_j| / μ = (0.15·10 + 0.10·20 + 0.06·10) / 17 = 4.1 / 17.
        Assert.That(Estimate(group, "d"), Is.EqualTo(20).Within(1e-12));
        Assert.That(Estimate(group, "bgv"), Is.EqualTo(61).Within(1e-9));
        Assert.That(Estimate(group, "mdmw"), Is.EqualTo(7).Within(1e-9));
        Assert.That(Estimate(group, "mdbw"), Is.EqualTo(7).Within(1e-9));
        Assert.That(Estimate(group, "gini"), Is.EqualTo(4.1 / 17).Within(1e-12));

        // 2019: only Göteborg has a value, 1 of 3 areas.
        var sparse = run.Groups[0].Results.Single(r => r.Measure == "bgv");
        Assert.That(sparse.Estimate, Is.Null);
        Assert.That(sparse.NotComputedReason, Is.EqualTo("Only 1 of 3 subgroups have an estimate; at least 85 % are needed."));
    }

    [Test]
    public void A_county_without_populations_uses_the_region_as_setting_average()
    {
        using var fixture = new StoreFixture();
        var county = fixture.Store.ResolveAreaGroup("Gotlands län");
        Assert.That(county.MemberCodes, Is.EqualTo(new[] { "0980" }));
        InequalityStoreData.Import(fixture, "a.csv", [Obs.Total("N03920", "0980", "2020", 5), Obs.Total("N03920", "09", "2020", 5.5)], Unemployment);

        var set = fixture.Store.AssembleInequalityGroups(new MeasureRequest("N03920") { Group = "09" });

        Assert.That(set.Groups.Single().Context.SettingAverage, Is.EqualTo(5.5));
        Assert.That(set.Notes, Has.Some.Contains("No population (N01951)"));
    }

    [Test]
    public void Group_options_that_do_not_combine_are_refused()
    {
        using var fixture = new StoreFixture();
        InequalityStoreData.Import(fixture, "a.csv", [Obs.Total("N03920", "0180", "2020", 10)], Unemployment);

        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("N03920") { Group = "01", Area = "0180" }),
            Throws.TypeOf<MeasureRequestException>().With.Property("Problem").EqualTo(MeasureRequestProblem.AreaWithGroup));
        Assert.That(() => fixture.Store.AssembleInequalityGroups(new MeasureRequest("N03920") { Group = "01", Dimension = "sex" }),
            Throws.TypeOf<MeasureRequestException>().With.Property("Problem").EqualTo(MeasureRequestProblem.GroupWithOtherDimension).And.Property("Dimension").EqualTo("sex"));
    }

    private static double? Estimate(GroupMeasures group, string measure) => group.Results.Single(r => r.Measure == measure).Estimate;
}
