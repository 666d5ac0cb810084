using System.Text.Json;
using System.Text.Json.Nodes;
using IndicatorHub.Import.Fetch;
using IndicatorHub.Import.Fetch.PxWeb;
using IndicatorHub.Storage;
using IndicatorHub.Tests.Fetch;
using Microsoft.AspNetCore.Http;
using IndicatorHub.Storage.Queries.Batches;
using IndicatorHub.Storage.Queries.Observations;

namespace IndicatorHub.Import.Tests.Fetch;

/// <summary>
/// The PxWeb fetcher against a fake PxWeb API v2 server that answers each selection with the matching cut of
/// SCB's real TAB6471 response, so a split request can be checked cell by cell.
/// </summary>
public class PxWebFetcherTests
{
    private static readonly JsonObject Full = JsonNode.Parse(File.ReadAllText(Path.Combine(
        TestContext.CurrentContext.WorkDirectory, "TestData", "pxweb", "pxweb2_TAB6471_data.json")))!.AsObject();

    private static readonly string[] Regions = [.. Codes("Region")];

    private static IEnumerable<string> Codes(string dimension) =>
        Full["dimension"]![dimension]!["category"]!["index"]!.AsObject().OrderBy(p => (int)p.Value!).Select(p => p.Key);

    private static List<PxWebSelection> WholeTable() =>
    [
        new("Region", Regions),
        new("Alder", [.. Codes("Alder")]),
        new("Kon", [.. Codes("Kon")]),
        new("ContentsCode", [.. Codes("ContentsCode")]),
        new("Tid", [.. Codes("Tid")]),
    ];

    /// <summary>Config with the given maxDataCells (or 404 when null), and data cut to each request's selection.</summary>
    private static Func<HttpContext, FakeApiServer.SeenRequest, Task> Server(int? maxDataCells) => async (context, seen) =>
    {
        if (seen.Path.EndsWith("/config", StringComparison.Ordinal))
        {
            if (maxDataCells is null)
            {
                context.Response.StatusCode = 404;
                return;
            }

            var config = JsonNode.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestData", "fetch", "pxweb2_config.json")))!;
            config["maxDataCells"] = maxDataCells;
            await FakeApiServer.ServeJson(context, config.ToJsonString());
            return;
        }

        await FakeApiServer.ServeJson(context, Cut(Selection(seen.Body)).ToJsonString());
    };

    private static Dictionary<string, string[]> Selection(string body) =>
        JsonNode.Parse(body)!["selection"]!.AsArray().ToDictionary(
            s => (string)s!["variableCode"]!, s => s!["valueCodes"]!.AsArray().Select(v => (string)v!).ToArray());

    /// <summary>The real dataset with only the selected categories, in the table's order, as a PxWeb server answers.</summary>
    private static JsonObject Cut(Dictionary<string, string[]> selection)
    {
        var copy = Full.DeepClone().AsObject();
        var ids = Full["id"]!.AsArray().Select(i => (string)i!).ToList();
        var kept = ids.Select(d => Codes(d).Select((code, index) => (code, index)).Where(c => !selection.TryGetValue(d, out var chosen) || chosen.Contains(c.code)).ToList()).ToList();
        for (var d = 0; d < ids.Count; d++)
        {
            var category = copy["dimension"]![ids[d]]!["category"]!.AsObject();
            category["index"] = new JsonObject(kept[d].Select((c, i) => KeyValuePair.Create(c.code, (JsonNode?)i)));
            var labels = category["label"]!.AsObject();
            category["label"] = new JsonObject(kept[d].Select(c => KeyValuePair.Create(c.code, (JsonNode?)labels[c.code]!.DeepClone())));
        }

        copy["size"] = new JsonArray([.. kept.Select(k => (JsonNode?)k.Count)]);
        var sizes = Full["size"]!.AsArray().Select(s => (int)s!).ToArray();
        var values = Full["value"]!.AsArray();
        var cut = new JsonArray();
        foreach (var combination in kept.Aggregate(new[] { Array.Empty<int>() }.AsEnumerable(), (acc, k) => acc.SelectMany(prefix => k.Select(c => prefix.Append(c.index).ToArray()))))
        {
            var offset = combination.Select((index, d) => (index, d)).Aggregate(0, (o, x) => o * sizes[x.d] + x.index);
            cut.Add(values[offset]?.DeepClone());
        }

        copy["value"] = cut;
        return copy;
    }

    [Test]
    public async Task A_selection_over_the_servers_cell_limit_is_split_and_every_cell_is_stored_once_in_one_batch()
    {
        await using var server = await FakeApiServer.StartAsync(Server(maxDataCells: 300));
        using var h = new FetchHarness();

        var result = await h.FetchPxWeb(new PxWebFetchRequest(["TAB6471"], WholeTable(), h.FetchRoot) { BaseUrl = server.BaseUrl });

        Assert.That(result.Failure, Is.Null, () => $"{result.Failure} {string.Join('\n', result.Import?.Summary.Errors ?? [])}");
        var data = server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.That(data, Has.Count.GreaterThan(1), "2772 cells do not fit in 300");
        var cells = data.Select(r => Selection(r.Body)).SelectMany(s =>
            s["Region"].SelectMany(re => s["Alder"].SelectMany(a => s["Kon"].SelectMany(k => s["Tid"].Select(t => (re, a, k, t)))))).ToList();
        Assert.That(data.Select(r => Selection(r.Body).Values.Aggregate(1, (p, v) => p * v.Length)), Is.All.LessThanOrEqualTo(300));
        Assert.That(cells, Is.Unique);
        Assert.That(cells, Has.Count.EqualTo(21 * 11 * 3 * 4), "every cell asked for exactly once");
        Assert.That(result.Import!.Summary.RowsStored, Is.EqualTo(21 * 11 * 3 * 4));
        Assert.That(h.Pipeline.Store.Read(c => BatchListQuery.Run(c)), Has.Count.EqualTo(1));
        Assert.That(data.Select(r => r.Path + r.Query).Distinct(), Is.EqualTo(new[] { "/v3/tables/TAB6471/data?lang=sv&outputFormat=json-stat2" }));
    }

    [Test]
    public async Task The_stored_values_equal_those_of_the_unsplit_real_response()
    {
        await using var server = await FakeApiServer.StartAsync(Server(maxDataCells: 300));
        using var h = new FetchHarness();
        using var direct = new Pipeline.PipelineHarness();
        direct.ImportFile("pxweb", "pxweb2_TAB6471_data.json");

        await h.FetchPxWeb(new PxWebFetchRequest(["TAB6471"], WholeTable(), h.FetchRoot) { BaseUrl = server.BaseUrl });

        static string Values(Storage.IndicatorStore store) => string.Join('\n', store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter()).ToList())
            .Select(o => $"{o.Indicator}|{o.Area}|{o.Period}|{o.Dimension}|{o.Subgroup}|{o.Value}").Order(StringComparer.Ordinal));
        Assert.That(Values(h.Pipeline.Store), Is.EqualTo(Values(direct.Store)));
    }

    [Test]
    public async Task Without_a_server_config_the_configured_cell_limit_is_kept()
    {
        await using var server = await FakeApiServer.StartAsync(Server(maxDataCells: null));
        using var h = new FetchHarness(new Dictionary<string, string?> { ["Fetch:PxWeb:MaxDataCells"] = "500", ["Fetch:PxWeb:MaxRetryAttempts"] = "0" });

        var result = await h.FetchPxWeb(new PxWebFetchRequest(["TAB6471"], WholeTable(), h.FetchRoot) { BaseUrl = server.BaseUrl });

        Assert.That(result.Failure, Is.Null);
        var data = server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.That(data.Select(r => Selection(r.Body).Values.Aggregate(1, (p, v) => p * v.Length)), Is.All.LessThanOrEqualTo(500));
        Assert.That(data.Sum(r => Selection(r.Body).Values.Aggregate(1, (p, v) => p * v.Length)), Is.EqualTo(2772));
    }

    [Test]
    public async Task A_selection_within_the_limit_is_one_request_with_the_selection_as_its_body()
    {
        await using var server = await FakeApiServer.StartAsync(Server(maxDataCells: 150000));
        using var h = new FetchHarness();
        PxWebSelection[] selection = [new("Region", ["01", "03"]), new("Tid", ["2026M01"])];

        var result = await h.FetchPxWeb(new PxWebFetchRequest(["TAB6471"], selection, h.FetchRoot) { BaseUrl = server.BaseUrl });

        Assert.That(result.Failure, Is.Null, () => string.Join('\n', result.Import?.Summary.Errors ?? []));
        var post = server.Requests.Single(r => r.Method == "POST");
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(post.Body),
            JsonNode.Parse("""{"selection":[{"variableCode":"Region","valueCodes":["01","03"]},{"variableCode":"Tid","valueCodes":["2026M01"]}]}""")), Is.True, post.Body);
        Assert.That(result.Pages.Single().RequestBody, Is.EqualTo(post.Body), "the body is kept as provenance");
        Assert.That(result.Import!.Summary.RowsStored, Is.EqualTo(2 * 11 * 3 * 1));
    }

    [Test]
    public async Task A_server_that_keeps_failing_ends_in_a_typed_error_with_nothing_stored()
    {
        await using var server = await FakeApiServer.StartAsync((context, seen) =>
        {
            context.Response.StatusCode = seen.Path.EndsWith("/config", StringComparison.Ordinal) ? 404 : 503;
            return Task.CompletedTask;
        });
        using var h = new FetchHarness();
        var before = h.StoreFingerprint();

        var result = await h.FetchPxWeb(new PxWebFetchRequest(["TAB6471"], WholeTable(), h.FetchRoot) { BaseUrl = server.BaseUrl });

        Assert.That(result.Failure?.Reason, Is.EqualTo(FetchFailureReason.HttpStatus));
        Assert.That(result.Failure?.StatusCode, Is.EqualTo(503));
        Assert.That(h.StoreFingerprint(), Is.EqualTo(before));
        Assert.That(h.FetchFolders(), Is.Empty);
    }
}
