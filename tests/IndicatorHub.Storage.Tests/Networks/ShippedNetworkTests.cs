using System.Globalization;
using Dapper;
using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Csv;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Networks;

namespace IndicatorHub.Storage.Tests.Networks;

/// <summary>The example network shipped in data/networks, as migration 9 seeds it; expected rows are read from the file itself.</summary>
public class ShippedNetworkTests
{
    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndicatorHub.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("IndicatorHub.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var records = CsvRecordReader.Read(new StringReader(File.ReadAllText(path))).ToList();
        var header = records[0].Fields;
        return records.Skip(1).Select(r => header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Test]
    public void The_example_network_is_seeded_with_every_member_of_its_file_and_each_members_page_and_date()
    {
        using var fixture = new StoreFixture();
        var rows = ReadCsv(RepoFile("data", "networks", "healthy-cities-sverige-exempel.csv"));

        var network = fixture.Store.Read(c => NetworkQuery.Run(c, "healthy-cities-sverige-exempel"));

        Assert.That(network, Is.Not.Null);
        Assert.That((network!.Name, network.IsExample), Is.EqualTo(("Healthy Cities Sverige (exempel)", true)));
        Assert.That(network.Members.Select(m => m.Area.Code).Order(), Is.EqualTo(rows.Select(r => r["area"]).Order()));
        foreach (var row in rows)
        {
            var member = network.Members.Single(m => m.Area.Code == row["area"]);
            Assert.That(fixture.Store.Read(c => AreaLookupQuery.Run(c, row["name"]))?.Code, Is.EqualTo(row["area"]), "the file's name column names the same area as its code");
            Assert.That(member.SourceUrl, Does.StartWith("http").And.EqualTo(row["source_url"]));
            Assert.That(member.SourceDate, Is.EqualTo(DateOnly.ParseExact(row["source_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Assert.That(member.Note, Is.Not.Empty);
        }
    }

    [Test]
    public void The_example_holds_the_members_public_pages_name()
    {
        using var fixture = new StoreFixture();

        var network = fixture.Store.Read(c => NetworkQuery.Run(c, "Healthy Cities Sverige (exempel)"))!;

        Assert.That(network.Members.Select(m => m.Area.Name), Is.SupersetOf(new[]
        {
            "Luleå", "Lund", "Trollhättan", "Malmö", "Falun", "Borås", "Helsingborg", "Linköping",
        }));
        Assert.That(network.Members.Single(m => m.Area.Code == "14").Area.Kind, Is.EqualTo(AreaKind.Region), "Västra Götalandsregionen is a region");
    }

    [Test]
    public void The_network_list_names_the_example_with_its_member_count()
    {
        using var fixture = new StoreFixture();
        var rows = ReadCsv(RepoFile("data", "networks", "healthy-cities-sverige-exempel.csv"));

        var list = fixture.Store.Read(NetworkListQuery.Run);

        var example = list.Single(n => n.Slug == "healthy-cities-sverige-exempel");
        Assert.That((example.Name, example.IsExample, example.MemberCount, example.Source),
            Is.EqualTo(("Healthy Cities Sverige (exempel)", true, rows.Count, (string?)"data/networks/healthy-cities-sverige-exempel.csv")));
        Assert.That(list.Select(n => n.Slug), Does.Not.Contain("networks"), "the manifest is no network");
    }

    [Test]
    public void The_measures_group_resolves_a_stored_network_by_key_or_name()
    {
        using var fixture = new StoreFixture();

        var byKey = fixture.Store.ResolveAreaGroup("healthy-cities-sverige-exempel");
        var byName = fixture.Store.ResolveAreaGroup("healthy cities sverige (EXEMPEL)");

        Assert.That((byKey.Kind, byKey.Name), Is.EqualTo((AreaGroupKind.Network, "Healthy Cities Sverige (exempel)")));
        Assert.That(byName.MemberCodes, Is.EqualTo(byKey.MemberCodes));
        Assert.That(byKey.MemberCodes, Does.Contain("2580").And.Contain("1281").And.Contain("14"));
    }

    [Test]
    public void Seeded_rows_carry_the_migrations_time()
    {
        var at = new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero);
        using var fixture = new StoreFixture(new Sdg.FixedClock(at));

        var created = fixture.Connection.ExecuteScalar<string>("SELECT created_at FROM networks WHERE slug = 'healthy-cities-sverige-exempel'");

        Assert.That(DateTimeOffset.Parse(created!, CultureInfo.InvariantCulture), Is.EqualTo(at));
    }
}
