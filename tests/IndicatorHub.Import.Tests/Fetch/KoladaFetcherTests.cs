using System.Security.Cryptography;
using System.Text.Json;
using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Tests.Fetch;
using Microsoft.AspNetCore.Http;
using IndicatorHub.Storage.Queries.Batches;
using IndicatorHub.Storage.Queries.Observations;

namespace IndicatorHub.Import.Tests.Fetch;

/// <summary>
/// The Kolada fetcher against a fake Kolada v3 server in the test process: real values in the documented
/// envelope, and every fault the issue names. Each fetch ends with everything stored as one batch, or a typed
/// failure and the store exactly as before.
/// </summary>
public class KoladaFetcherTests
{
    private const string DataPath = "/v3/data/kpi/N00945/municipality/0180,1280,1480/year/2019,2020";

    private static KoladaFetchRequest N00945(FetchHarness h, Uri baseUrl) => new(KoladaEndpoint.Data, h.FetchRoot)
    {
        KpiIds = ["N00945"],
        MunicipalityIds = ["0180", "1280", "1480"],
        Years = [2020, 2019],
        BaseUrl = baseUrl,
    };

    /// <summary>Answers the two N00945 pages; <paramref name="fault"/> may answer first (return true when it did).</summary>
    private static Func<HttpContext, FakeApiServer.SeenRequest, Task> TwoPages(Func<Uri> baseUrl, Func<HttpContext, FakeApiServer.SeenRequest, Task<bool>>? fault = null) =>
        async (context, seen) =>
        {
            if (fault is not null && await fault(context, seen))
            {
                return;
            }

            var page = seen.Query.Contains("page=2", StringComparison.Ordinal) ? 2 : 1;
            await FakeApiServer.ServeFile(context, "fetch", $"kolada_v3_data_N00945_page{page}.json", baseUrl());
        };

    private static async Task<FakeApiServer> Start(Func<Func<Uri>, Func<HttpContext, FakeApiServer.SeenRequest, Task>> handler)
    {
        FakeApiServer? server = null;
        server = await FakeApiServer.StartAsync(handler(() => server!.BaseUrl));
        return server;
    }

    private static void AssertSixValuesStored(FetchHarness h, FetchResult result)
    {
        Assert.That(result.Failure, Is.Null, () => $"{result.Failure} {string.Join('\n', result.Import?.Summary.Errors ?? [])}");
        var values = h.Pipeline.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N00945")).ToList())
            .Select(o => (o.Area, o.Period, o.Value)).OrderBy(v => v.Period).ThenBy(v => v.Area).ToList();
        // The six real values of ../TestData/kolada/v3_data_N00945_page1.json.
        Assert.That(values, Is.EqualTo(new (string, string, double?)[]
        {
            ("0180", "2019", 39.3), ("1280", "2019", 35.4), ("1480", "2019", 39.1),
            ("0180", "2020", 40.8), ("1280", "2020", 37), ("1480", "2020", 39.5),
        }));
    }

    [Test]
    public async Task Two_pages_joined_by_next_url_are_stored_as_one_batch_that_traces_to_the_files_and_urls()
    {
        await using var server = await Start(b => TwoPages(b));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        AssertSixValuesStored(h, result);
        Assert.That(server.Requests.Select(r => r.Path + r.Query), Is.EqualTo(new[]
        {
            DataPath + "?per_page=5000",
            DataPath + "?page=2&per_page=5000",
        }));
        Assert.That(result.Pages, Has.Count.EqualTo(2));
        var batches = h.Pipeline.Store.Read(c => BatchListQuery.Run(c));
        Assert.That(batches, Has.Count.EqualTo(1), "one fetch, one batch");
        Assert.That(h.Pipeline.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N00945")).ToList()).Select(o => o.Batch).Distinct(), Is.EqualTo(new[] { batches[0].Id }));

        var manifestPath = Path.Combine(result.Folder!, "manifest.json");
        Assert.That(batches[0].FileName, Is.EqualTo(manifestPath));
        Assert.That(batches[0].Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifestPath)))));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        var pages = manifest.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("file").GetString()), Is.EqualTo(new[] { "page-0001.json", "page-0002.json" }));
        Assert.That(pages.Select(p => p.GetProperty("url").GetString()), Is.EqualTo(new[]
        {
            server.BaseUrl + DataPath[3..] + "?per_page=5000",
            server.BaseUrl + DataPath[3..] + "?page=2&per_page=5000",
        }));
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(Path.Combine(result.Folder!, page.GetProperty("file").GetString()!));
            Assert.That(page.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }
    }

    [Test]
    public async Task A_download_stores_nothing_until_its_pages_are_imported_as_one_batch()
    {
        await using var server = await Start(b => TwoPages(b));
        using var h = new FetchHarness();
        var before = h.StoreFingerprint();

        var downloaded = await h.Kolada.DownloadAsync(N00945(h, server.BaseUrl));

        Assert.That(downloaded.Failure, Is.Null);
        Assert.That(downloaded.Import, Is.Null);
        Assert.That(File.Exists(downloaded.ManifestPath), Is.True);
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before), "downloading writes nothing to the store");

        var imported = FetchBatchImport.Import(h.Pipeline.Store, downloaded);

        AssertSixValuesStored(h, imported);
        Assert.That(imported.BatchId, Is.EqualTo(h.Pipeline.Store.Read(c => BatchListQuery.Run(c)).Single().Id));
    }

    [Test]
    public async Task Server_errors_500_and_503_are_retried_and_the_fetch_completes()
    {
        await using var server = await Start(b => TwoPages(b, async (context, seen) =>
        {
            if (seen.Attempt > 2)
            {
                return false;
            }

            context.Response.StatusCode = seen.Attempt == 1 ? 500 : 503;
            await Task.CompletedTask;
            return true;
        }));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        AssertSixValuesStored(h, result);
        Assert.That(server.Requests, Has.Count.EqualTo(6), "each page: 500, 503, then 200");
    }

    [Test]
    public async Task Too_many_requests_waits_as_long_as_Retry_After_says()
    {
        await using var server = await Start(b => TwoPages(b, async (context, seen) =>
        {
            if (seen.Attempt > 1 || seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            await Task.CompletedTask;
            return true;
        }));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        AssertSixValuesStored(h, result);
        var firstTwo = server.Requests.Take(2).ToList();
        Assert.That(firstTwo[1].At - firstTwo[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)),
            "the configured backoff is 10 ms; only Retry-After: 1 explains a second's wait");
    }

    [Test]
    public async Task A_response_slower_than_the_per_try_timeout_is_abandoned_and_retried()
    {
        await using var server = await Start(b => TwoPages(b, async (context, seen) =>
        {
            if (seen.Attempt > 1 || seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return false;
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up on this try, as it should.
            }

            return true;
        }));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        AssertSixValuesStored(h, result);
        Assert.That(server.Requests.Count(r => !r.Query.Contains("page=2", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task A_reset_connection_is_retried()
    {
        await using var server = await Start(b => TwoPages(b, async (context, seen) =>
        {
            if (seen.Attempt > 1 || !seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return false;
            }

            await context.Response.Body.FlushAsync();
            context.Abort();
            return true;
        }));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        AssertSixValuesStored(h, result);
        Assert.That(server.Requests.Count(r => r.Query.Contains("page=2", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task A_server_that_keeps_failing_ends_in_a_typed_error_with_nothing_stored()
    {
        await using var server = await Start(b => (context, seen) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        using var h = new FetchHarness();
        var before = h.StoreFingerprint();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure, Is.EqualTo(new FetchFailure(FetchFailureReason.HttpStatus, server.BaseUrl + DataPath[3..] + "?per_page=5000", 503)));
        Assert.That(server.Requests, Has.Count.EqualTo(3), "the first try and two retries");
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before));
        Assert.That(h.FetchFolders(), Is.Empty, "no pages are left behind by a failed fetch");
    }

    [Test]
    public async Task A_connection_reset_on_every_try_ends_in_a_typed_error_with_nothing_stored()
    {
        await using var server = await Start(b => TwoPages(b, (context, seen) =>
        {
            if (!seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            context.Abort();
            return Task.FromResult(true);
        }));
        using var h = new FetchHarness();
        var before = h.StoreFingerprint();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.ConnectionFailed));
        Assert.That(result.Failure?.Url, Does.Contain("page=2"));
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before), "page 1 arrived, yet nothing of it is stored");
    }

    [Test]
    public async Task Truncated_json_ends_in_a_typed_error_with_nothing_stored()
    {
        await using var server = await Start(b => TwoPages(b, async (context, seen) =>
        {
            if (!seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return false;
            }

            var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "fetch", "kolada_v3_data_N00945_page2.json"));
            await FakeApiServer.ServeJson(context, text[..(text.Length / 2)]);
            return true;
        }));
        using var h = new FetchHarness();
        var before = h.StoreFingerprint();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.InvalidJson));
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_next_url_chain_that_loops_stops_with_a_typed_error()
    {
        await using var server = await Start(b => async (context, seen) =>
        {
            var page = seen.Query.Contains("page=2", StringComparison.Ordinal) ? 2 : 1;
            var back = b() + DataPath[3..] + "?per_page=5000";
            var next = page == 1 ? b() + DataPath[3..] + "?page=2&per_page=5000" : back;
            await FakeApiServer.ServeJson(context, $$"""{"values":[],"count":0,"next_url":"{{next}}","previous_url":null}""");
        });
        using var h = new FetchHarness();
        var before = h.StoreFingerprint();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure, Is.EqualTo(new FetchFailure(FetchFailureReason.PagingLoop, server.BaseUrl + DataPath[3..] + "?per_page=5000")));
        Assert.That(server.Requests, Has.Count.EqualTo(2), "the page seen before is not asked again");
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_next_url_chain_that_never_ends_stops_at_the_configured_page_limit()
    {
        await using var server = await Start(b => async (context, seen) =>
        {
            var page = server_page(seen.Query);
            var next = b() + DataPath[3..] + $"?page={page + 1}&per_page=5000";
            await FakeApiServer.ServeJson(context, $$"""{"values":[],"count":0,"next_url":"{{next}}","previous_url":null}""");
        });
        using var h = new FetchHarness(new Dictionary<string, string?> { ["Fetch:Kolada:MaxPages"] = "5" });
        var before = h.StoreFingerprint();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.PageLimitExceeded));
        Assert.That(result.Failure?.Limit, Is.EqualTo(5));
        Assert.That(server.Requests, Has.Count.EqualTo(5));
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before));

        static int server_page(string query) =>
            query.Contains("page=", StringComparison.Ordinal) && !query.StartsWith("?per_page", StringComparison.Ordinal)
                ? int.Parse(query.Split("page=")[1].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture)
                : 1;
    }

    [Test]
    public async Task A_next_url_on_another_server_is_not_followed()
    {
        await using var server = await Start(b => (context, seen) =>
            FakeApiServer.ServeJson(context, """{"values":[],"count":0,"next_url":"http://192.0.2.1/v3/data/kpi/N00945?page=2","previous_url":null}"""));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure, Is.EqualTo(new FetchFailure(FetchFailureReason.ForeignNextUrl, "http://192.0.2.1/v3/data/kpi/N00945?page=2")));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task More_than_25_ids_are_split_into_requests_of_at_most_25_per_path_segment()
    {
        var kpis = Enumerable.Range(1, 30).Select(i => $"N{i:D5}").ToList();
        var areas = h_areas();
        await using var server = await Start(b => (context, seen) =>
            FakeApiServer.ServeJson(context, """{"values":[],"count":0,"next_url":null,"previous_url":null}"""));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(new KoladaFetchRequest(KoladaEndpoint.Data, h.FetchRoot) { KpiIds = kpis, MunicipalityIds = areas, BaseUrl = server.BaseUrl });

        Assert.That(result.Failure, Is.Null);
        var segments = server.Requests.Select(r => r.Path.Split('/')).Select(p => (Kpis: p[4].Split(','), Areas: p[6].Split(','))).ToList();
        Assert.That(segments, Has.Count.EqualTo(4), "30 KPIs in 25 + 5, times 30 areas in 25 + 5");
        Assert.That(segments.SelectMany(s => new[] { s.Kpis.Length, s.Areas.Length }), Is.All.LessThanOrEqualTo(25));
        var pairs = segments.SelectMany(s => s.Kpis.SelectMany(k => s.Areas.Select(a => (k, a)))).ToList();
        Assert.That(pairs, Is.Unique);
        Assert.That(pairs, Is.EquivalentTo(kpis.SelectMany(k => areas.Select(a => (k, a)))), "every KPI × area asked exactly once");
        Assert.That(result.RequestsPlanned, Is.EqualTo(4));

        static List<string> h_areas() => [.. Enumerable.Range(114, 30).Select(i => $"0{i}")];
    }

    [Test]
    public async Task A_kpi_group_fetches_the_data_of_its_members()
    {
        await using var server = await Start(b => (context, seen) => seen.Path.StartsWith("/v3/kpi_groups/", StringComparison.Ordinal)
            ? FakeApiServer.ServeFile(context, "fetch", "kolada_v3_kpi_group_GA2030M03.json", b())
            : FakeApiServer.ServeJson(context, """{"values":[],"count":0,"next_url":null,"previous_url":null}"""));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(new KoladaFetchRequest(KoladaEndpoint.Data, h.FetchRoot) { KpiGroupId = "GA2030M03", Years = [2020], BaseUrl = server.BaseUrl });

        Assert.That(result.Failure, Is.Null, () => string.Join('\n', result.Import?.Summary.Errors ?? []));
        Assert.That(server.Requests.Select(r => r.Path), Is.EqualTo(new[]
        {
            "/v3/kpi_groups/GA2030M03",
            "/v3/data/kpi/N00923,N00925,U01405,U01411,U01402/year/2020",
        }), "the members as the group page lists them");
        Assert.That(result.Pages, Has.Count.EqualTo(2), "the group page is kept with the data, as provenance");
    }

    [Test]
    public async Task A_kpi_group_that_does_not_exist_is_a_typed_error()
    {
        await using var server = await Start(b => (context, seen) =>
            FakeApiServer.ServeJson(context, """{"values":[],"count":0,"next_url":null,"previous_url":null}"""));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(new KoladaFetchRequest(KoladaEndpoint.Data, h.FetchRoot) { KpiGroupId = "G0", Years = [2020], BaseUrl = server.BaseUrl });

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.KpiGroupNotFound));
        Assert.That(result.Failure?.Id, Is.EqualTo("G0"));
    }

    [Test]
    public async Task Municipality_metadata_is_fetched_and_stored()
    {
        await using var server = await Start(b => (context, seen) => FakeApiServer.ServeFile(context, "kolada", "v3_municipality.json", b()));
        using var h = new FetchHarness();

        var result = await h.FetchKolada(new KoladaFetchRequest(KoladaEndpoint.Municipality, h.FetchRoot) { BaseUrl = server.BaseUrl });

        Assert.That(result.Failure, Is.Null, () => string.Join('\n', result.Import?.Summary.Errors ?? []));
        Assert.That(server.Requests.Single().Path + server.Requests.Single().Query, Is.EqualTo("/v3/municipality?per_page=5000"));
        Assert.That(result.Import!.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
    }

    [Test]
    public async Task A_page_the_importer_rejects_rejects_the_whole_fetch_and_names_the_page()
    {
        await using var server = await Start(b => TwoPages(b, async (context, seen) =>
        {
            if (!seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return false;
            }

            await FakeApiServer.ServeJson(context,
                """{"values":[{"kpi":"N00945","municipality":"9999","period":2020,"values":[{"gender":"T","count":1,"status":"","value":1}]}],"count":1,"next_url":null,"previous_url":null}""");
            return true;
        }));
        using var h = new FetchHarness();
        var before = h.Pipeline.DataFingerprint();

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.ImportRejected));
        Assert.That(result.Import!.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(result.Import.Summary.Errors[0].Field, Does.StartWith("page-0002.json "));
        Assert.That(result.Import.Summary.Errors[0].Reason, Does.Contain("9999"));
        Assert.That(h.Pipeline.DataFingerprint(), Is.EqualTo(before), "page 1 was good, yet nothing of it is stored");
        Assert.That(File.Exists(Path.Combine(result.Folder!, "page-0002.json")), Is.True, "the rejected pages stay for inspection");
    }

    [Test]
    public async Task Failures_open_the_circuit_breaker_which_then_refuses_without_asking_the_server()
    {
        await using var server = await Start(b => (context, seen) =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var h = new FetchHarness(new Dictionary<string, string?>
        {
            ["Fetch:Kolada:CircuitBreakerMinimumThroughput"] = "2",
            ["Fetch:Kolada:CircuitBreakerFailureRatio"] = "0.5",
            ["Fetch:Kolada:MaxRetryAttempts"] = "5",
        });

        var result = await h.FetchKolada(N00945(h, server.BaseUrl));

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.CircuitOpen));
        Assert.That(server.Requests, Has.Count.LessThan(6), "the open circuit stopped the retries before all six tries reached the server");
    }

    [TestCase(new string[0], new int[0], FetchFailureReason.MunicipalityOrYearRequired)]
    [TestCase(new[] { "0180/../x" }, new int[0], FetchFailureReason.InvalidId)]
    public async Task A_request_the_API_cannot_answer_fails_before_any_request(string[] areas, int[] years, FetchFailureReason reason)
    {
        await using var server = await Start(b => (context, seen) => Task.CompletedTask);
        using var h = new FetchHarness();

        var result = await h.FetchKolada(new KoladaFetchRequest(KoladaEndpoint.Data, h.FetchRoot) { KpiIds = ["N00945"], MunicipalityIds = areas, Years = years, BaseUrl = server.BaseUrl });

        Assert.That(result.Failure?.Reason, Is.EqualTo(reason));
        Assert.That(server.Requests, Is.Empty);
    }
}
