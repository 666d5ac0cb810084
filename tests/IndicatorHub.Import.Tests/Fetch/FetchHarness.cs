using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Import.Tests.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using IndicatorHub.Storage.Queries.Batches;

namespace IndicatorHub.Import.Tests.Fetch;

/// <summary>
/// The fetchers as the app registers them, with short timeouts and backoffs so a fault ends a test within
/// seconds, over a fresh in-memory store and a temporary fetch folder.
/// </summary>
internal sealed class FetchHarness : IDisposable
{
    private readonly ServiceProvider _services;

    internal FetchHarness(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in new[] { "Fetch:Kolada", "Fetch:PxWeb" })
        {
            values[$"{section}:AttemptTimeout"] = "00:00:00.500";
            values[$"{section}:TotalTimeout"] = "00:00:10";
            values[$"{section}:MaxRetryAttempts"] = "2";
            values[$"{section}:RetryBaseDelay"] = "00:00:00.010";
            values[$"{section}:RetryMaxDelay"] = "00:00:05";
            values[$"{section}:RequestsPerSecond"] = "1000";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _services = new ServiceCollection().AddIndicatorHubFetchers(configuration).BuildServiceProvider();
        FetchRoot = Directory.CreateTempSubdirectory("indicatorhub-fetch-").FullName;
    }

    internal PipelineHarness Pipeline { get; } = new();

    internal string FetchRoot { get; }

    internal KoladaFetcher Kolada => _services.GetRequiredService<KoladaFetcher>();

    internal PxWebFetcher PxWeb => _services.GetRequiredService<PxWebFetcher>();

    internal Task<FetchResult> FetchKolada(KoladaFetchRequest request) => Kolada.FetchAsync(request, Pipeline.Store);

    internal Task<FetchResult> FetchPxWeb(PxWebFetchRequest request) => PxWeb.FetchAsync(request, Pipeline.Store);

    /// <summary>The store's data and its batch log, for "nothing was stored" comparisons.</summary>
    internal string StoreFingerprint() => Pipeline.DataFingerprint() + "\nbatches: " + Pipeline.Store.Read(c => BatchListQuery.Run(c)).Count;

    /// <summary>Folders of fetches left on disk.</summary>
    internal string[] FetchFolders() => Directory.GetDirectories(FetchRoot);

    public void Dispose()
    {
        _services.Dispose();
        Pipeline.Dispose();
        Directory.Delete(FetchRoot, recursive: true);
    }
}
