namespace IndicatorHub.Web.Tests.Pages;

public class AccessibilityPageTests
{
    [TestCase("", "Tillgänglighet för IndicatorHub", "Tillsyn", "Teknisk information om webbplatsens tillgänglighet", "Innehåll som inte är tillgängligt", "Hur vi testat webbplatsen")]
    [TestCase("?culture=en", "Accessibility of IndicatorHub", "Enforcement procedure", "Technical information about the website", "Content that is not accessible", "How we tested the website")]
    public async Task The_statement_follows_DIGGs_model_in_both_languages(string query, params string[] headings)
    {
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri("/accessibility" + query, UriKind.Relative));

        Assert.Multiple(() =>
        {
            foreach (var heading in headings)
            {
                Assert.That(html, Does.Contain(heading));
            }

            Assert.That(html, Does.Contain("https://www.digg.se/tdosanmalan"));
        });
    }
}
