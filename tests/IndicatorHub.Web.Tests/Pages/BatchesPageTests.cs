using System.Net;

namespace IndicatorHub.Web.Tests.Pages;

public class BatchesPageTests
{
    [Test]
    public async Task Lists_the_seed_imports_and_shows_one_batch_in_detail()
    {
        using var factory = new IndicatorHubFactory(seed: true);
        using var client = factory.CreateClient();

        var list = await client.GetStringAsync(new Uri("/batches", UriKind.Relative));
        var detail = await client.GetStringAsync(new Uri("/batches/1", UriKind.Relative));

        Assert.That(list, Does.Contain("v2_flat_N00923_medellivslangd_man_by_geo_year.csv"));
        Assert.That(list, Does.Contain("Lagrad"));
        Assert.That(list, Does.Not.Contain("status-rejected"), "every sample file imports cleanly");
        Assert.That(detail, Does.Contain("SHA-256"));
    }

    [Test]
    public async Task An_unknown_batch_is_404()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/batches/999", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
