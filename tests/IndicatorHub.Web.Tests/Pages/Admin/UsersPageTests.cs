using System.Net;
using Dapper;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Infrastructure.Auth;
using IndicatorHub.Web.Tests.Import;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Pages.Admin;

/// <summary>/admin/users: admins only; every change audited; the last admin stays an admin; refusals change nothing.</summary>
public sealed class UsersPageTests
{
    private IndicatorHubFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new IndicatorHubFactory(seed: false);

    [TearDown]
    public void TearDown() => _factory.Dispose();

    [Test]
    public async Task Anonymous_visits_go_to_sign_in_and_posts_get_401()
    {
        var client = AnalystSession.Client(_factory);
        var visit = await client.GetAsync("/admin/users");
        Assert.That(visit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(visit.Headers.Location!.AbsolutePath, Is.EqualTo("/account/login"));

        var before = Users();
        var token = await AnalystSession.TokenAsync(client, "/account/login");
        var post = await client.PostAsync("/admin/users?handler=Add", Form(token, ("name", "eve"), ("role", "admin"), ("password", "long enough password")));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Users(), Is.EqualTo(before));
    }

    [TestCase(UserRole.Reader)]
    [TestCase(UserRole.Analyst)]
    public async Task Readers_and_analysts_get_403_and_change_nothing(UserRole role)
    {
        AnalystSession.AddUser(_factory, "ada", UserRole.Admin);
        var client = await AnalystSession.SignedInAsync(_factory, "someone", role);
        Assert.That((await client.GetAsync("/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var before = Users();
        var token = await AnalystSession.TokenAsync(client, "/account/login");
        var posts = new[]
        {
            ("/admin/users?handler=Add", Form(token, ("name", "eve"), ("role", "admin"), ("password", "long enough password"))),
            ("/admin/users?handler=Role", Form(token, ("name", "ada"), ("role", "reader"))),
            ("/admin/users?handler=Password", Form(token, ("name", "ada"), ("password", "long enough password"))),
            ("/admin/users?handler=Remove", Form(token, ("name", "ada"))),
        };
        foreach (var (path, form) in posts)
        {
            Assert.That((await client.PostAsync(path, form)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
        }

        Assert.That(Users(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_post_without_antiforgery_gets_400_and_changes_nothing()
    {
        var client = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        _ = await client.GetStringAsync("/admin/users");
        var before = Users();
        var response = await client.PostAsync("/admin/users?handler=Add",
            new FormUrlEncodedContent([new("name", "eve"), new("role", "analyst"), new("password", "long enough password")]));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Users(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_list_shows_role_and_lockout()
    {
        AnalystSession.AddUser(_factory, "lars", UserRole.Analyst);
        _factory.Services.GetRequiredService<UserAccounts>().RecordFailedSignIn("lars", maxFailures: 1, TimeSpan.FromHours(1));
        var admin = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        var html = await admin.GetStringAsync("/admin/users?culture=en");
        Assert.That(html, Does.Contain("<th scope=\"row\">lars</th>"));
        Assert.That(Row(html, "lars"), Does.Contain("analyst").And.Contain("locked until"));
        Assert.That(Row(html, "ada"), Does.Contain("admin").And.Contain(">open<"));
    }

    [Test]
    public async Task An_admin_adds_a_user_who_can_then_sign_in_and_the_addition_is_audited()
    {
        var admin = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        var response = await Post(admin, "Add", ("name", "nils"), ("role", "analyst"), ("password", "nils own password"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Användaren nils är tillagd."));

        var stored = _factory.Services.GetRequiredService<UserAccounts>().Find("nils")!;
        Assert.That(stored.Role, Is.EqualTo(UserRole.Analyst));
        Assert.That(stored.PasswordHash, Is.Not.EqualTo("nils own password"));
        var nils = AnalystSession.Client(_factory);
        Assert.That((await AnalystSession.SignInAsync(nils, "nils", "nils own password")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Audit(), Does.Contain("ada UserAdded nils analyst"));
    }

    [Test]
    public async Task A_short_password_or_unknown_role_is_refused_and_nothing_is_added()
    {
        var admin = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        var before = Users();
        var shortPassword = await Post(admin, "Add", ("name", "nils"), ("role", "analyst"), ("password", "short"));
        Assert.That(shortPassword.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await shortPassword.Content.ReadAsStringAsync(), Does.Contain("minst 10 tecken"));
        var badRole = await Post(admin, "Add", ("name", "nils"), ("role", "owner"), ("password", "long enough password"));
        Assert.That(badRole.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var badName = await Post(admin, "Add", ("name", "../nils"), ("role", "analyst"), ("password", "long enough password"));
        Assert.That(badName.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var taken = await Post(admin, "Add", ("name", "ADA"), ("role", "analyst"), ("password", "long enough password"));
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Users(), Is.EqualTo(before));
    }

    [Test]
    public async Task Role_change_password_reset_and_removal_are_made_and_audited()
    {
        AnalystSession.AddUser(_factory, "lars", UserRole.Reader);
        _factory.Services.GetRequiredService<UserAccounts>().RecordFailedSignIn("lars", maxFailures: 1, TimeSpan.FromHours(1));
        var admin = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);

        Assert.That((await Post(admin, "Role", ("name", "lars"), ("role", "analyst"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_factory.Services.GetRequiredService<UserAccounts>().Find("lars")!.Role, Is.EqualTo(UserRole.Analyst));

        Assert.That((await Post(admin, "Password", ("name", "lars"), ("password", "a brand new password"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var lars = _factory.Services.GetRequiredService<UserAccounts>().Find("lars")!;
        Assert.That(lars.LockedUntil, Is.Null, "a reset unlocks");
        Assert.That(AccountPasswords.Verify(lars.PasswordHash, "a brand new password"), Is.True);

        Assert.That((await Post(admin, "Remove", ("name", "lars"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_factory.Services.GetRequiredService<UserAccounts>().Find("lars"), Is.Null);

        Assert.That(Audit(), Does.Contain("ada UserRoleChanged lars analyst").And.Contain("ada PasswordReset lars").And.Contain("ada UserRemoved lars"));
        Assert.That((await Post(admin, "Remove", ("name", "lars"))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_last_admin_can_be_neither_demoted_nor_removed()
    {
        AnalystSession.AddUser(_factory, "anna", UserRole.Analyst);
        var admin = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        var before = Users();
        var auditBefore = Audit();

        var demote = await Post(admin, "Role", ("name", "ada"), ("role", "analyst"));
        Assert.That(demote.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await demote.Content.ReadAsStringAsync(), Does.Contain("ada är den sista administratören"));
        var remove = await Post(admin, "Remove", ("name", "ada"), ("culture", "en"));
        Assert.That(remove.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

        Assert.That(Users(), Is.EqualTo(before));
        Assert.That(Audit(), Is.EqualTo(auditBefore));

        // With a second admin, the first may step down.
        Assert.That((await Post(admin, "Role", ("name", "anna"), ("role", "admin"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Post(admin, "Role", ("name", "ada"), ("role", "analyst"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string handler, params (string Name, string Value)[] fields)
    {
        var token = await AnalystSession.TokenAsync(client, "/admin/users");
        return await client.PostAsync($"/admin/users?handler={handler}", Form(token, fields));
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static string Row(string html, string name)
    {
        var start = html.IndexOf($"<th scope=\"row\">{name}</th>", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), name);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private List<string> Users() =>
        _factory.Services.GetRequiredService<UserAccounts>().List().Select(u => $"{u.Name} {u.Role} {u.PasswordHash} {u.LockedUntil}").ToList();

    private List<string> Audit()
    {
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return connection.Query<string>("SELECT user_name || ' ' || action || ' ' || COALESCE(detail, '') FROM audit_log ORDER BY id")
            .Select(s => s.TrimEnd()).ToList();
    }
}
