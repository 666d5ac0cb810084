using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Import.Fetch;

/// <summary>Registers the Kolada and PxWeb fetchers as typed HttpClients with their resilience pipelines.</summary>
public static class FetchServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="KoladaFetcher"/> and <see cref="PxWebFetcher"/>, their options bound from
    /// <paramref name="configuration"/>'s sections Fetch:Kolada and Fetch:PxWeb (defaults where a key is absent).
    /// </summary>
    public static IServiceCollection AddIndicatorHubFetchers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<KoladaFetchOptions>().Bind(configuration.GetSection(KoladaFetchOptions.Section));
        services.AddOptions<PxWebFetchOptions>().Bind(configuration.GetSection(PxWebFetchOptions.Section));
        services.TryAddTransient<ContentBufferingHandler>();
        Add<KoladaFetcher, KoladaFetchOptions>(services, "kolada");
        Add<PxWebFetcher, PxWebFetchOptions>(services, "pxweb");
        return services;
    }

    private static void Add<TFetcher, TOptions>(IServiceCollection services, string name)
        where TFetcher : class
        where TOptions : FetchHttpOptions
    {
        var client = services.AddHttpClient<TFetcher>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<TOptions>>().Value;

                // The pipeline's total timeout bounds each request; HttpClient's own 100 s would cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = options.MaxResponseBytes;
                client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                client.DefaultRequestHeaders.UserAgent.ParseAdd("IndicatorHub/1.0");
            });
        client.AddResilienceHandler(name, (builder, context) =>
                FetchResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value));

        // Added after the resilience handler, so it sits inside it: a body that fails to arrive fails the try.
        client.AddHttpMessageHandler<ContentBufferingHandler>();
    }
}
