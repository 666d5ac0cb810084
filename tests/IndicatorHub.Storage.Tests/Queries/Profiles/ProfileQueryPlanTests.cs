using Dapper;
using IndicatorHub.Storage.Queries.Profiles;

namespace IndicatorHub.Storage.Tests.Queries.Profiles;

/// <summary>
/// The store keeps one index on observations, its primary key (indicator, area, …): an area-first index made every
/// import scatter writes across it (migration 13). The profile must then reach an area's rows by seeking the key per
/// indicator, never by scanning the table, whose cost would grow with every KPI in the store.
/// </summary>
public class ProfileQueryPlanTests
{
    [Test]
    public void Observations_keep_no_area_first_index()
    {
        using var fixture = new StoreFixture();

        var indexes = fixture.Connection.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL").ToList();

        Assert.That(indexes, Is.Empty);
    }

    [TestCase(ProfileQuery.OwnRowsSql)]
    [TestCase(ProfileQuery.BenchmarksSql)]
    public void The_profile_seeks_the_primary_key_per_indicator_and_never_scans_observations(string sql)
    {
        using var fixture = new StoreFixture();

        var details = fixture.Connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql,
            new { Area = 1, Base = "2015", Country = 1, County = 2, Group = "G92787" }).Select(r => r.Detail).ToList();

        Assert.That(details, Has.Some.Contains("SEARCH o USING PRIMARY KEY (indicator_id=? AND area_id=?)"));
        Assert.That(details, Has.None.StartsWith("SCAN o"), string.Join(Environment.NewLine, details));
    }
}
