using System.Net;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Tests.Infrastructure;

/// <summary>
/// Issue 11, class 5: security headers on every response, 405 (never 500) for a method a page does not handle,
/// /health that notices a file damaged under the running app, and an app that starts on a file that is no
/// database and explains with 503.
/// </summary>
public class HostileWebTests
{
    private static readonly string[] Paths = ["/", "/indicators", "/sdg", "/sdg/3", "/health", "/css/site.css", "/no-such-page"];

    [TestCaseSource(nameof(Paths))]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("default-src 'self'"));
        Assert.That(csp, Does.Not.Contain("'unsafe-inline'; ").Or.Not.Contain("script-src 'self' 'unsafe-inline'"), "no inline script");
        Assert.That(csp, Does.Not.Match("script-src[^;]*unsafe-inline"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(response.Headers.Contains("Server"), Is.False);
    }

    [Test]
    public async Task Pages_hold_no_inline_script_or_style_element()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/indicators", "/areas", "/batches", "/sdg", "/no-such-page" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative)).ContinueWith(t => t.IsFaulted ? string.Empty : t.Result, TaskScheduler.Default);
            Assert.That(html, Does.Not.Match("<script(?![^>]*\\ssrc=)").And.Not.Contain("<style"), path);
        }
    }

    [TestCase("TRACE", "/sdg")]
    [TestCase("TRACE", "/sdg/3")]
    [TestCase("TRACE", "/")]
    [TestCase("PUT", "/indicators")]
    [TestCase("DELETE", "/areas")]
    [TestCase("PATCH", "/batches")]
    public async Task A_method_a_page_does_not_handle_gets_405_with_Allow(string method, string path)
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(response.Content.Headers.Allow, Does.Contain("GET"));
    }

    [Test]
    public async Task OPTIONS_answers_with_the_methods_a_page_takes()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/sdg", UriKind.Relative));
        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET", "HEAD" }));
    }

    [Test]
    public async Task Health_turns_503_when_the_file_is_damaged_under_the_running_app()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();
        using (var warm = await client.GetAsync(new Uri("/indicators", UriKind.Relative)))
        {
            Assert.That(warm.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // Closing the pooled connections checkpoints the WAL into the file; then its second page is overwritten.
        SqliteConnection.ClearAllPools();
        using (var file = new FileStream(factory.DatabasePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            Assert.That(file.Length, Is.GreaterThan(3 * 8192), "a migrated database has more than three pages");
            file.Position = 8192;
            file.Write(Enumerable.Repeat((byte)0xA5, 8192).ToArray());
        }

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task An_app_started_on_a_file_that_is_not_a_database_starts_and_explains_with_503()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        await File.WriteAllTextAsync(factory.DatabasePath, "indicator,area,period\nN00923,0180,2021\n");
        using var client = factory.CreateClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/indicators", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(html, Does.Contain("ingen databas").And.Contain("not a database"));
        Assert.That(await File.ReadAllTextAsync(factory.DatabasePath), Does.StartWith("indicator,area,period"), "the file was not touched");
    }
}
