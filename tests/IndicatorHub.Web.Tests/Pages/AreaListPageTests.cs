using System.Text.RegularExpressions;

namespace IndicatorHub.Web.Tests.Pages;

public class AreaListPageTests
{
    [Test]
    public async Task Lists_every_area_with_both_code_systems()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/areas", UriKind.Relative));

        Assert.That(Regex.Count(html, "<tr>") - 1, Is.EqualTo(312), "one header row and 312 areas");
        Assert.That(html, Does.Contain("<td><code>01</code></td>\n                <td><code>0001</code></td>\n                <td>Stockholms län</td>"));
        Assert.That(html, Does.Contain("Malmö"));
        Assert.That(html, Does.Contain("Storstäder"));
    }
}
