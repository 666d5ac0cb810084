using System.Text;
using Deque.AxeCore.Playwright;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Tests.Import;
using Microsoft.Playwright;

namespace IndicatorHub.Web.Tests.Browser;

/// <summary>An analyst signs in, uploads, dry-runs and confirms in headless Chromium; every step passes axe.</summary>
public class UploadBrowserTests
{
    [Test]
    public async Task An_analyst_uploads_a_file_end_to_end_and_every_page_passes_axe()
    {
        // Development: the browser talks plain http to the loopback server, and outside Development the sign-in and
        // antiforgery cookies are Secure (AuthorizationTests checks that over https).
        await using var session = await BrowserSession.StartAsync(seed: false, environment: "Development");
        AnalystSession.AddUser(session.Factory, "anna", UserRole.Analyst);
        var page = await session.OpenAsync("/account/login");
        await AssertAccessible(page, "sign-in");

        await page.GetByLabel("Namn").FillAsync("anna");
        await page.GetByLabel("Lösenord").FillAsync(AnalystSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync("**/import");
        await AssertAccessible(page, "upload");

        await page.GetByLabel("Filer (CSV, JSON, PX)").SetInputFilesAsync(new FilePayload
        {
            Name = "first.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(ImportTestData.First),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ladda upp och förhandsgranska" }).ClickAsync();
        await page.WaitForURLAsync("**/import/preview?**");
        Assert.That(await page.Locator("dd").First.InnerTextAsync(), Is.EqualTo("long-csv"));
        await AssertAccessible(page, "preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Provkör (sparar ingenting)" }).ClickAsync();
        await page.GetByText("Filen är giltig.").WaitForAsync(new() { Timeout = 30_000 });
        await AssertAccessible(page, "dry run");

        await page.GetByRole(AriaRole.Button, new() { Name = "Bekräfta och importera" }).ClickAsync();
        await page.GetByText("Sparad som import").WaitForAsync(new() { Timeout = 30_000 });
        await AssertAccessible(page, "result");

        Assert.That(ImportTestData.Values(session.Factory), Has.Count.EqualTo(2));

        await page.GotoAsync(new Uri(session.BaseAddress, "/import/history").ToString());
        await AssertAccessible(page, "history");
    }

    private static async Task AssertAccessible(IPage page, string step)
    {
        var result = await page.RunAxe();
        Assert.That(result.Violations.Select(v => $"{step}: {v.Id}: {v.Help} ({v.Nodes.Length} nodes)"), Is.Empty);
    }
}
