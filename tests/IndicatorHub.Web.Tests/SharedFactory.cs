namespace IndicatorHub.Web.Tests;

/// <summary>One seeded app for all tests of a fixture: seeding the samples is the slow part, and these tests only read.</summary>
internal sealed class SharedFactory
{
    private static readonly Lazy<IndicatorHubFactory> s_factory = new(() => new IndicatorHubFactory(seed: true));

    internal static IndicatorHubFactory Instance => s_factory.Value;

    internal static void DisposeIfCreated()
    {
        if (s_factory.IsValueCreated)
        {
            s_factory.Value.Dispose();
        }
    }

    internal static HttpClient Client(bool allowRedirects = true) =>
        Instance.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = allowRedirects, HandleCookies = false });
}
