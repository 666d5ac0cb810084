using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IndicatorHub.Web.Tests.Browser;

/// <summary>
/// The strategic group's path of issue 8 in a real browser: /compare → choose the network → sort by a column → open a
/// member's profile → back, with screenshots kept as test artifacts and an axe scan of the comparison pages.
/// </summary>
public class StrategicGroupBrowserTests
{
    private const string Network = "healthy-cities-sverige-exempel";

    private static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-screenshots")).FullName;

    private static async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
    }

    /// <summary>A value as the Swedish page writes it (1 234,5 with a no-break space, U+2212 minus); null for "–".</summary>
    private static double? SwedishNumber(string text)
    {
        var plain = text.Trim().Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace('\u2212', '-').Replace(',', '.');
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    [Test]
    public async Task The_strategic_group_compares_the_network_sorts_opens_a_member_and_comes_back()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.OpenAsync("/compare");
        await Screenshot(page, "strategic-1-compare-form");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Nätverk", Exact = true }).SelectOptionAsync(Network);
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa jämförelsen" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshot(page, "strategic-2-network-matrix");

        Assert.That(page.Url, Does.Contain("network=" + Network));
        Assert.That(await page.Locator("#matrix-heading").InnerTextAsync(), Does.Contain("Healthy Cities Sverige (exempel)"));
        var table = page.Locator("table.compare-table");
        Assert.That(await table.Locator("tbody tr").CountAsync(), Is.GreaterThanOrEqualTo(2), "the example network's members with data are rows");

        // Sort by the first indicator's column, by its link (no JavaScript needed).
        var firstIndicator = table.Locator("thead th").Nth(1);
        await firstIndicator.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshot(page, "strategic-3-sorted");
        table = page.Locator("table.compare-table");
        firstIndicator = table.Locator("thead th").Nth(1);
        var order = await firstIndicator.GetAttributeAsync("aria-sort");
        var values = (await table.Locator("tbody tr td:nth-child(2) .value").AllInnerTextsAsync())
            .Select(SwedishNumber).OfType<double>().ToList();

        Assert.That(page.Url, Does.Contain("sort="));
        Assert.That(order, Is.EqualTo("ascending").Or.EqualTo("descending"));
        Assert.That(values, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(values, order == "ascending" ? Is.Ordered.Ascending : Is.Ordered.Descending);

        // Open the first member's profile and come back to the same sorted view.
        var sortedUrl = page.Url;
        var member = table.Locator("tbody tr th a").First;
        var memberName = await member.InnerTextAsync();
        await member.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshot(page, "strategic-4-member-profile");

        Assert.That(await page.Locator("h1").InnerTextAsync(), Does.StartWith(memberName));

        await page.GoBackAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshot(page, "strategic-5-back");

        Assert.That(page.Url, Is.EqualTo(sortedUrl));
        Assert.That(await page.Locator("table.compare-table thead th").Nth(1).GetAttributeAsync("aria-sort"), Is.EqualTo(order));
    }

    [TestCase("/compare?network=" + Network)]
    [TestCase("/compare?network=" + Network + "&culture=en")]
    [TestCase("/compare/agenda2030?network=" + Network)]
    public async Task The_comparison_pages_have_no_accessibility_violations(string path)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.OpenAsync(path);
        await Screenshot(page, "axe" + path.Replace('/', '_').Replace('?', '_').Replace('=', '-').Replace('&', '_'));

        var result = await page.RunAxe();

        Assert.That(result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))})"), Is.Empty);
    }
}
