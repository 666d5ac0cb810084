namespace IndicatorHub.Web.Tests.Pages.Areas;

public class AreaListPageTests
{
    [Test]
    public async Task Lists_every_area_with_both_code_systems_and_a_link_to_its_profile()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/areas", UriKind.Relative));

        var rows = Html.Rows(html);
        Assert.That(rows, Has.Count.EqualTo(1 + 312), "one header row and 312 areas (riket, 21 regions, 290 municipalities)");
        Assert.That(rows[0], Is.EqualTo(new[] { "SCB-kod", "Kolada-id", "Namn", "Typ", "Län", "Kommungrupp (SKR)" }));
        Assert.That(Html.Row(html, "01").Take(4), Is.EqualTo(new[] { "01", "0001", "Stockholms län", "Region" }));
        Assert.That(Html.Row(html, "1280"), Is.EqualTo(new[] { "1280", "1280", "Malmö", "Kommun", "12", "Storstäder" }));
        Assert.That(Html.Elements(html, "a").Single(a => a.Text == "Malmö")["href"], Is.EqualTo("/areas/1280"));
    }

    [Test]
    public async Task In_English_the_headings_and_kinds_are_English()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/areas?culture=en", UriKind.Relative));

        Assert.That(Html.Single(html, "h1").Text, Is.EqualTo("Municipalities and regions"));
        Assert.That(Html.Rows(html)[0], Is.EqualTo(new[] { "SCB code", "Kolada id", "Name", "Kind", "County", "Municipality group (SKR)" }));
        Assert.That(Html.Row(html, "1280")[3], Is.EqualTo("Municipality"));
        Assert.That(Html.Row(html, "00")[3], Is.EqualTo("Country"));
        Assert.That(Html.Single(html, "caption").Text, Is.EqualTo("312 areas with Statistics Sweden's and Kolada's codes"));
    }
}
