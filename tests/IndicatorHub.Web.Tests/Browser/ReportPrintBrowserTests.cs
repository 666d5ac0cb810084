using System.Diagnostics;
using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IndicatorHub.Web.Tests.Browser;

/// <summary>
/// The area report printed by Chromium (print-to-PDF, A4) and read back with poppler: a page for the cover, each goal
/// and the sources, and no chart cut across pages. A chart cut by a page break is drawn on both pages, so poppler
/// lists its image twice; each image listed exactly once, on the page that also holds its "Figur N" caption, is
/// the check.
/// </summary>
public class ReportPrintBrowserTests
{
    private static string Poppler(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), tool + ": " + process.StandardError.ReadToEnd());
        return output;
    }

    [Test]
    public async Task The_printed_report_has_a_page_per_goal_and_no_chart_across_pages()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.OpenAsync("/areas/1280/report");
        var goals = await page.Locator("section.report-goal").CountAsync();
        var figures = await page.Locator("figure.report-figure img").CountAsync();
        var loaded = await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        var pdfPath = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-1280.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdfPath, Format = "A4", PreferCSSPageSize = true, PrintBackground = true });

        var pages = int.Parse(Poppler("pdfinfo", pdfPath).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
        // pdfimages -list: "page num type width height …"; soft masks are listed as smask, the pictures as image.
        var images = Poppler("pdfimages", "-list", pdfPath).Split('\n').Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 3 && c[2] == "image")
            .Select(c => int.Parse(c[0], CultureInfo.InvariantCulture))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(goals, Is.GreaterThanOrEqualTo(2));
            Assert.That(loaded, Is.True, "every chart image loaded before printing");
            Assert.That(pages, Is.GreaterThanOrEqualTo(goals + 2), "the cover, a page (or more) per goal, the sources");
            Assert.That(images, Has.Count.EqualTo(figures), "each chart is drawn once: none is split over two pages");
            for (var i = 0; i < images.Count; i++)
            {
                var text = Poppler("pdftotext", "-f", images[i].ToString(CultureInfo.InvariantCulture), "-l", images[i].ToString(CultureInfo.InvariantCulture), pdfPath, "-");
                Assert.That(text, Does.Contain($"Figur {i + 1}."), $"figure {i + 1}'s caption is on the page of its image (page {images[i]})");
            }

            var first = Poppler("pdftotext", "-f", "1", "-l", "1", pdfPath, "-");
            Assert.That(first, Does.Contain("Rapport för Malmö"));
            Assert.That(first, Does.Not.Contain("Figur 1."), "the cover is a page of its own");
        });
    }

    [TestCase("/areas/1280/report?goal=16")]
    [TestCase("/areas/1280/report?goal=3&culture=en")]
    public async Task The_report_page_has_no_accessibility_violations(string path)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.OpenAsync(path);

        var result = await page.RunAxe();

        Assert.That(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"), Is.Empty);
    }
}
