using System.Net;
using IndicatorHub.Storage.Accounts;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>
/// Every analyst and admin endpoint, tried anonymously (sign-in page for a visit, 401 for a form post), as a
/// signed-in reader (403) and with a missing or wrong antiforgery token (400); none of them changes anything.
/// </summary>
public sealed class AuthorizationTests
{
    private const string SomeId = "0123456789abcdef0123456789abcdef";

    private static readonly string[] AnalystPages =
        ["/import", $"/import/preview?id={SomeId}", $"/import/job?id={SomeId}", $"/import/job?handler=Rejected&id={SomeId}", "/import/history", "/import/indicator?code=N00923", "/import/fetch", $"/import/fetch/job?id={SomeId}"];

    private static readonly string[] Posts =
        ["/import", $"/import/preview?id={SomeId}&handler=DryRun", $"/import/preview?id={SomeId}&handler=SaveMapping", $"/import/job?id={SomeId}&handler=Confirm", "/import/history?handler=Rollback", "/import/indicator?code=N00923", "/import/fetch?handler=Kolada", "/import/fetch?handler=PxWeb"];

    private IndicatorHubFactory _factory = null!;
    private long _batch;

    [SetUp]
    public void SetUp()
    {
        _factory = new IndicatorHubFactory(seed: false);
        _batch = ImportTestData.ImportDirectly(_factory, "first.csv", ImportTestData.First);
    }

    [TearDown]
    public void TearDown() => _factory.Dispose();

    [Test]
    public async Task Anonymous_visits_are_sent_to_sign_in()
    {
        var client = AnalystSession.Client(_factory);
        foreach (var page in AnalystPages.Append("/admin/audit"))
        {
            var response = await client.GetAsync(page);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), page);
            Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/account/login"), page);
        }
    }

    [Test]
    public async Task Anonymous_posts_get_401_and_change_nothing()
    {
        var before = ImportTestData.State(_factory);
        var client = AnalystSession.Client(_factory);
        var token = await AnalystSession.TokenAsync(client, "/account/login");
        foreach (var post in Posts)
        {
            var response = await client.PostAsync(post, Form(token));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), post);
        }

        Assert.That(ImportTestData.State(_factory), Is.EqualTo(before));
    }

    [Test]
    public async Task A_reader_gets_403_everywhere_and_changes_nothing()
    {
        var before = ImportTestData.State(_factory);
        var client = await AnalystSession.SignedInAsync(_factory, "rita", UserRole.Reader);
        var token = await AnalystSession.TokenAsync(client, "/account/login");
        foreach (var page in AnalystPages.Append("/admin/audit"))
        {
            Assert.That((await client.GetAsync(page)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), page);
        }

        foreach (var post in Posts)
        {
            Assert.That((await client.PostAsync(post, Form(token))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), post);
        }

        Assert.That(ImportTestData.State(_factory), Is.EqualTo(before));
    }

    [Test]
    public async Task An_analyst_is_not_an_admin()
    {
        var client = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
        Assert.That((await client.GetAsync("/import/history")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/admin/audit")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_admin_sees_the_audit_log_with_who_did_what()
    {
        var analyst = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
        var token = await AnalystSession.TokenAsync(analyst, "/import/history");
        var rollback = await analyst.PostAsync("/import/history?handler=Rollback", Form(token, ("batch", _batch.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(rollback.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var admin = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        var html = await admin.GetStringAsync("/admin/audit?culture=en");
        Assert.That(html, Does.Contain("BatchRolledBack").And.Contain("anna").And.Contain("SignedIn"));
    }

    [TestCase(null)]
    [TestCase("CfDJ8-not-a-token")]
    public async Task A_post_without_a_valid_antiforgery_token_gets_400_and_changes_nothing(string? token)
    {
        var client = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
        _ = await AnalystSession.TokenAsync(client, "/import/history"); // the cookie half is present; the form half is not
        var before = ImportTestData.State(_factory);
        var fields = new List<(string, string)> { ("batch", _batch.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        var content = token is null ? new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))) : Form(token, fields[0]);
        var response = await client.PostAsync("/import/history?handler=Rollback", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ImportTestData.State(_factory), Is.EqualTo(before));
    }

    [Test]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        AnalystSession.AddUser(_factory, "lars", UserRole.Analyst);
        var client = AnalystSession.Client(_factory);
        for (var i = 0; i < 4; i++)
        {
            Assert.That((await AnalystSession.SignInAsync(client, "lars", "wrong password")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        // The fifth failure (the default IndicatorHub:Auth:MaxFailedSignIns) locks.
        Assert.That((await AnalystSession.SignInAsync(client, "lars", "wrong password")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var right = await AnalystSession.SignInAsync(client, "lars", AnalystSession.Password);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain("låst"));
        Assert.That((await client.GetAsync("/import")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "still not signed in");
    }

    [Test]
    public async Task The_sign_in_cookie_is_HttpOnly_Secure_and_SameSite()
    {
        AnalystSession.AddUser(_factory, "anna", UserRole.Analyst);
        var response = await AnalystSession.SignInAsync(AnalystSession.Client(_factory), "anna", AnalystSession.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("IndicatorHub.Auth=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("secure").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));
}
