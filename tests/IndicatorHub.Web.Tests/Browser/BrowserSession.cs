using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IndicatorHub.Web.Tests.Browser;

/// <summary>
/// The web app on a real loopback port and the machine's Chromium driven by Playwright (no browser download).
/// Without Chromium the tests are ignored on a developer's machine and fail under CI=true, where .ci/run
/// installs it.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly IndicatorHubFactory _factory;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IndicatorHubFactory factory, IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        _factory = factory;
        _playwright = playwright;
        _browser = browser;
        BaseAddress = baseAddress;
    }

    internal Uri BaseAddress { get; }

    /// <summary>The app under test, for arranging what a test needs (users) and reading what it stored.</summary>
    internal IndicatorHubFactory Factory => _factory;

    internal static async Task<BrowserSession> StartAsync(bool seed = true, string environment = "Production")
    {
        if (!File.Exists(ChromiumPath))
        {
            const string reason = "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium); .ci/run installs it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " Browser tests are required under CI.");
            }

            Assert.Ignore(reason);
        }

        var factory = new IndicatorHubFactory(seed) { EnvironmentName = environment };
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        return new BrowserSession(factory, playwright, browser, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <param name="timeout">How long the page may take to load (Playwright's default is 30 s).</param>
    internal async Task<IPage> OpenAsync(string path, TimeSpan? timeout = null)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { Locale = "sv-SE" });
        await page.GotoAsync(new Uri(BaseAddress, path).ToString(), timeout is { } t ? new PageGotoOptions { Timeout = (float)t.TotalMilliseconds } : null);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }
}
