using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IndicatorHub.Web.Tests.Infrastructure;

public class LegacyRoutesTests
{
    [TestCase("/sdg", "/")]
    [TestCase("/sdg?area=0180", "/?area=0180")]
    [TestCase("/sdg/3", "/goals/3")]
    [TestCase("/sdg/10?area=0180&culture=en", "/goals/10?area=0180&culture=en")]
    [TestCase("/batches", "/sources")]
    [TestCase("/batches/1", "/sources/1")]
    public async Task Old_routes_redirect_permanently_keeping_the_query(string old, string target)
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(old, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(target));
    }

    [Test]
    public async Task Following_an_old_goal_link_lands_on_the_goal_page()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/sdg/3", UriKind.Relative));

        Assert.That(Html.Single(html, "h1").Text, Is.EqualTo("Mål 3 Hälsa och välbefinnande"));
    }
}
