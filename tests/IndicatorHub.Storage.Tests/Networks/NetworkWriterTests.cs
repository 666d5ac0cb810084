using Dapper;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Networks;
using IndicatorHub.Storage.Queries.Networks;

namespace IndicatorHub.Storage.Tests.Networks;

public class NetworkWriterTests
{
    private static NetworkWriter Writer(StoreFixture fixture) => new(fixture.Store.Connections, TimeProvider.System);

    [Test]
    public void A_network_is_created_renamed_and_deleted_with_an_audit_entry_for_each()
    {
        using var fixture = new StoreFixture();
        var writer = Writer(fixture);

        var created = writer.Create("Norrlands kuststäder", "anna");
        var renamed = writer.Rename("norrlands-kuststader", "Kuststäder i Norrland", "anna");

        Assert.That(created, Is.EqualTo(new NetworkChange(NetworkChangeResult.Done, "norrlands-kuststader")));
        Assert.That(renamed, Is.EqualTo(new NetworkChange(NetworkChangeResult.Done, "norrlands-kuststader")), "the URL key stays");
        Assert.That(fixture.Store.Read(c => NetworkQuery.Run(c, "Kuststäder i Norrland"))?.Slug, Is.EqualTo("norrlands-kuststader"));
        Assert.That(fixture.Store.Read(c => NetworkQuery.Run(c, "Norrlands kuststäder")), Is.Null, "the old name is gone");

        Assert.That(writer.Delete("Kuststäder i Norrland", "anna").Result, Is.EqualTo(NetworkChangeResult.Done));
        Assert.That(fixture.Store.Read(c => NetworkQuery.Run(c, "norrlands-kuststader")), Is.Null);
        Assert.That(fixture.Connection.Query<string>("SELECT action FROM audit_log WHERE user_name = 'anna' ORDER BY id"),
            Is.EqualTo(new[] { "NetworkCreated", "NetworkRenamed", "NetworkDeleted" }));
    }

    [Test]
    public void Members_are_added_with_their_source_and_removed()
    {
        using var fixture = new StoreFixture();
        var writer = Writer(fixture);
        writer.Create("Test", "anna");

        var added = writer.AddMember("test", "Umeå", new NetworkMemberSource("https://example.org/umea", new DateOnly(2025, 3, 1), "Kommunens sida"), "anna");
        var region = writer.AddMember("test", "25", null, "anna");

        Assert.That((added.Result, region.Result), Is.EqualTo((NetworkChangeResult.Done, NetworkChangeResult.Done)));
        var network = fixture.Store.Read(c => NetworkQuery.Run(c, "test"))!;
        Assert.That(network.Members.Select(m => (m.Area.Code, m.SourceUrl, m.SourceDate, m.Note)), Is.EqualTo(new[]
        {
            ("25", (string?)null, (DateOnly?)null, (string?)null),
            ("2480", "https://example.org/umea", new DateOnly(2025, 3, 1), "Kommunens sida"),
        }), "sorted by name: Norrbottens län before Umeå");

        Assert.That(writer.RemoveMember("test", "2480", "anna").Result, Is.EqualTo(NetworkChangeResult.Done));
        Assert.That(fixture.Store.Read(c => NetworkQuery.Run(c, "test"))!.MemberCodes, Is.EqualTo(new[] { "25" }));
        Assert.That(fixture.Store.ResolveAreaGroup("test").MemberCodes, Is.EqualTo(new[] { "25" }), "the measures see the change");
    }

    [Test]
    public void Every_refusal_is_a_reason_and_writes_nothing()
    {
        using var fixture = new StoreFixture();
        var writer = Writer(fixture);
        writer.Create("Test", "anna");
        writer.AddMember("Test", "0180", null, "anna");
        var auditBefore = fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log");

        Assert.Multiple(() =>
        {
            Assert.That(writer.Create("  ", "anna").Result, Is.EqualTo(NetworkChangeResult.InvalidName));
            Assert.That(writer.Create("---", "anna").Result, Is.EqualTo(NetworkChangeResult.InvalidName), "no letter or digit");
            Assert.That(writer.Create(new string('x', NetworkNames.MaxNameLength + 1), "anna").Result, Is.EqualTo(NetworkChangeResult.InvalidName));
            Assert.That(writer.Create("TEST", "anna").Result, Is.EqualTo(NetworkChangeResult.NameTaken), "names compare without case");
            Assert.That(writer.Create("Test!", "anna").Result, Is.EqualTo(NetworkChangeResult.NameTaken), "same URL key");
            Assert.That(writer.Rename("nothing", "X", "anna").Result, Is.EqualTo(NetworkChangeResult.NetworkNotFound));
            Assert.That(writer.Rename("test", "Healthy Cities Sverige (exempel)", "anna").Result, Is.EqualTo(NetworkChangeResult.NameTaken));
            Assert.That(writer.AddMember("test", "Atlantis", null, "anna").Result, Is.EqualTo(NetworkChangeResult.UnknownArea));
            Assert.That(writer.AddMember("test", "Riket", null, "anna").Result, Is.EqualTo(NetworkChangeResult.AreaNotAllowed));
            Assert.That(writer.AddMember("test", "Stockholm", null, "anna").Result, Is.EqualTo(NetworkChangeResult.AlreadyMember));
            Assert.That(writer.AddMember("test", "1280", new NetworkMemberSource("javascript:alert(1)", null, null), "anna").Result, Is.EqualTo(NetworkChangeResult.InvalidSourceUrl));
            Assert.That(writer.RemoveMember("test", "1280", "anna").Result, Is.EqualTo(NetworkChangeResult.NotAMember));
            Assert.That(writer.Delete("nothing", "anna").Result, Is.EqualTo(NetworkChangeResult.NetworkNotFound));
        });
        Assert.That(fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log"), Is.EqualTo(auditBefore));
        Assert.That(fixture.Store.Read(c => NetworkQuery.Run(c, "test"))!.MemberCodes, Is.EqualTo(new[] { "0180" }));
    }

    [Test]
    public void An_empty_network_is_refused_as_a_measures_group_with_its_name()
    {
        using var fixture = new StoreFixture();
        Writer(fixture).Create("Tom", "anna");

        Assert.That(() => fixture.Store.ResolveAreaGroup("tom"), Throws.ArgumentException.With.Message.Contains("Tom has no members"));
        Assert.That(fixture.Store.ResolveAreaGroup("G92787").Kind, Is.EqualTo(AreaGroupKind.MunicipalityGroup), "kommungrupper still resolve");
    }

    [TestCase("Healthy Cities Sverige (exempel)", "healthy-cities-sverige-exempel")]
    [TestCase("Städer i Östergötland", "stader-i-ostergotland")]
    [TestCase("  Å Ä Ö é  ", "a-a-o-e")]
    public void Url_keys_fold_swedish_letters_and_join_words_with_hyphens(string name, string slug) =>
        Assert.That(NetworkNames.Slug(name), Is.EqualTo(slug));
}
