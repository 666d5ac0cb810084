using System.Net;
using Dapper;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Tests.Import;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Pages.Manage;

/// <summary>/manage/networks: analysts create, fill, rename and delete networks; others are refused and nothing changes.</summary>
public sealed class NetworksPageTests
{
    private const string Page = "/manage/networks";

    private IndicatorHubFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new IndicatorHubFactory(seed: false);

    [TearDown]
    public void TearDown() => _factory.Dispose();

    [Test]
    public async Task Anonymous_visits_go_to_sign_in_and_readers_get_403_and_nothing_changes()
    {
        var before = State();
        var anonymous = AnalystSession.Client(_factory);
        var visit = await anonymous.GetAsync(Page);
        Assert.That(visit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(visit.Headers.Location!.AbsolutePath, Is.EqualTo("/account/login"));
        var token = await AnalystSession.TokenAsync(anonymous, "/account/login");
        Assert.That((await anonymous.PostAsync(Page + "?handler=Create", Form(token, ("name", "Nytt")))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var reader = await AnalystSession.SignedInAsync(_factory, "rita", UserRole.Reader);
        Assert.That((await reader.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        token = await AnalystSession.TokenAsync(reader, "/account/login");
        foreach (var handler in new[] { "Create", "Rename", "Add", "Remove", "Delete" })
        {
            var response = await reader.PostAsync($"{Page}?handler={handler}", Form(token, ("name", "Nytt"), ("Network", "healthy-cities-sverige-exempel"), ("area", "0180")));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), handler);
        }

        Assert.That(State(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_post_without_antiforgery_gets_400_and_changes_nothing()
    {
        var analyst = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
        _ = await analyst.GetStringAsync(Page);
        var before = State();
        var response = await analyst.PostAsync(Page + "?handler=Create", new FormUrlEncodedContent([new("name", "Nytt nätverk")]));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(State(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_analyst_creates_fills_renames_and_deletes_a_network_each_step_audited()
    {
        var analyst = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);

        var created = await Post(analyst, Page, "Create", ("name", "Västra nätverket"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await created.Content.ReadAsStringAsync(), Does.Contain("Nätverket är skapat.").And.Contain("Nätverket Västra nätverket"));
        var slug = Single("SELECT slug FROM networks WHERE name = 'Västra nätverket'");
        var detail = $"{Page}?network={slug}";

        var added = await Post(analyst, detail, "Add", ("area", "1480"), ("sourceUrl", "https://example.org/medlemmar"), ("sourceDate", "2026-11-01"), ("note", "listad"));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await added.Content.ReadAsStringAsync(), Does.Contain("(1480)</th>").And.Contain("https://example.org/medlemmar, 2026-11-01: listad"));
        Assert.That((await Post(analyst, detail, "Add", ("area", "1480"))).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await Post(analyst, detail, "Add", ("area", "Atlantis"))).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var badDate = await Post(analyst, detail, "Add", ("area", "0180"), ("sourceDate", "1 nov"));
        Assert.That(badDate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Single($"SELECT COUNT(*) FROM network_members m JOIN networks n ON n.id = m.network_id WHERE n.slug = '{slug}'"), Is.EqualTo("1"));

        Assert.That((await Post(analyst, detail, "Rename", ("name", "Västkustens nätverk"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Single($"SELECT name FROM networks WHERE slug = '{slug}'"), Is.EqualTo("Västkustens nätverk"), "renamed under the same key");
        Assert.That((await Post(analyst, detail, "Remove", ("area", "1480"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Post(analyst, detail, "Delete")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Single($"SELECT COUNT(*) FROM networks WHERE slug = '{slug}'"), Is.EqualTo("0"));

        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        var actions = connection.Query<string>("SELECT user_name || ' ' || action FROM audit_log WHERE action LIKE 'Network%' ORDER BY id").ToList();
        Assert.That(actions, Is.EqualTo(new[] { "anna NetworkCreated", "anna NetworkMemberAdded", "anna NetworkRenamed", "anna NetworkMemberRemoved", "anna NetworkDeleted" }));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string page, string handler, params (string Name, string Value)[] fields)
    {
        var token = await AnalystSession.TokenAsync(client, page);
        var separator = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await client.PostAsync($"{page}{separator}handler={handler}", Form(token, fields));
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private string Single(string sql)
    {
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return Convert.ToString(connection.ExecuteScalar(sql), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private string State() =>
        Single("SELECT (SELECT COUNT(*) FROM networks) || '/' || (SELECT COUNT(*) FROM network_members) || '/' || (SELECT group_concat(name) FROM networks)");
}
