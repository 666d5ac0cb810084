using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Tests.Import;

namespace IndicatorHub.Web.Tests.Pages.Shared;

/// <summary>The layout's account links: anonymous visitors see only "Logga in"; signed-in users what their role allows.</summary>
public sealed class AccountNavTests
{
    private IndicatorHubFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp() => _factory = new IndicatorHubFactory(seed: false);

    [OneTimeTearDown]
    public void TearDown() => _factory.Dispose();

    [Test]
    public async Task Anonymous_visitors_see_only_sign_in()
    {
        var nav = AccountNav(await AnalystSession.Client(_factory).GetStringAsync("/accessibility"));
        Assert.That(nav, Does.Contain("href=\"/account/login\"").And.Contain("Logga in"));
        Assert.That(nav, Does.Not.Contain("/import").And.Not.Contain("/admin").And.Not.Contain("Logga ut"));
    }

    [Test]
    public async Task English_pages_say_sign_in()
    {
        var nav = AccountNav(await AnalystSession.Client(_factory).GetStringAsync("/accessibility?culture=en"));
        Assert.That(nav, Does.Contain("Sign in").And.Not.Contain("Logga in"));
    }

    [Test]
    public async Task A_reader_sees_only_sign_out()
    {
        var client = await AnalystSession.SignedInAsync(_factory, "rita", UserRole.Reader);
        var nav = AccountNav(await client.GetStringAsync("/accessibility"));
        Assert.That(nav, Does.Contain("Logga ut rita").And.Contain("action=\"/account/logout\""));
        Assert.That(nav, Does.Not.Contain("/import").And.Not.Contain("/admin").And.Not.Contain("/account/login"));
    }

    [Test]
    public async Task An_analyst_sees_import_and_history_but_not_the_admin_pages()
    {
        var client = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
        var nav = AccountNav(await client.GetStringAsync("/accessibility?culture=en"));
        Assert.That(nav, Does.Contain("href=\"/import\"").And.Contain("href=\"/import/history\"").And.Contain("Sign out anna"));
        Assert.That(nav, Does.Not.Contain("/admin"));
    }

    [Test]
    public async Task An_admin_sees_all_four_links_and_signs_out_with_a_post()
    {
        var client = await AnalystSession.SignedInAsync(_factory, "ada", UserRole.Admin);
        var html = await client.GetStringAsync("/accessibility");
        var nav = AccountNav(html);
        Assert.That(nav, Does.Contain("href=\"/import\"").And.Contain("href=\"/import/history\"").And.Contain("href=\"/admin/audit\"").And.Contain("href=\"/admin/users\""));

        var token = AnalystSession.TokenOf(nav);
        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.That(signOut.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect));
        Assert.That(AccountNav(await client.GetStringAsync("/accessibility")), Does.Contain("Logga in"));
    }

    private static string AccountNav(string html)
    {
        var start = html.IndexOf("<nav class=\"account-nav\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "no account navigation on the page");
        return html[start..(html.IndexOf("</nav>", start, StringComparison.Ordinal) + 6)];
    }
}
