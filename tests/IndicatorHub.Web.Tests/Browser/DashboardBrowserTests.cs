using Deque.AxeCore.Playwright;

namespace IndicatorHub.Web.Tests.Browser;

public class DashboardBrowserTests
{
    [Test]
    public async Task A_planner_goes_from_the_overview_to_the_area_list()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.OpenAsync("/");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Kommuner och regioner" }).ClickAsync();

        Assert.That(await page.TitleAsync(), Is.EqualTo("Kommuner och regioner – IndicatorHub"));
        Assert.That(await page.Locator("tbody tr").CountAsync(), Is.EqualTo(312));
    }

    [TestCase("/")]
    [TestCase("/areas")]
    [TestCase("/indicators")]
    [TestCase("/?culture=en")]
    [TestCase("/?area=0180")]
    [TestCase("/search?q=Medellivsl%C3%A4ngd")]
    [TestCase("/sources")]
    [TestCase("/sources/1")]
    [TestCase("/goals/3")]
    [TestCase("/goals/10?area=0180")]
    [TestCase("/goals/3?area=1280&culture=en")]
    public async Task Pages_have_no_accessibility_violations(string path)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.OpenAsync(path);

        var result = await page.RunAxe();

        Assert.That(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"), Is.Empty);
    }
}
