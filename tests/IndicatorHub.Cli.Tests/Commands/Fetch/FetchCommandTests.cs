using IndicatorHub.Tests.Fetch;
using Microsoft.AspNetCore.Http;

namespace IndicatorHub.Cli.Tests.Commands.Fetch;

/// <summary>`indicatorhub fetch kolada|pxweb` end to end against the in-process fake server.</summary>
public class FetchCommandTests
{
    private const string N00945Path = "/v3/data/kpi/N00945/municipality/0180,1280,1480/year/2019,2020";

    private static CliRun FastCli()
    {
        var cli = new CliRun();
        foreach (var section in new[] { "Kolada", "PxWeb" })
        {
            cli.SetEnvironment($"IndicatorHub__Fetch__{section}__AttemptTimeout", "00:00:00.500");
            cli.SetEnvironment($"IndicatorHub__Fetch__{section}__TotalTimeout", "00:00:10");
            cli.SetEnvironment($"IndicatorHub__Fetch__{section}__MaxRetryAttempts", "2");
            cli.SetEnvironment($"IndicatorHub__Fetch__{section}__RetryBaseDelay", "00:00:00.010");
        }

        return cli;
    }

    private static async Task<FakeApiServer> KoladaTwoPages(Func<HttpContext, FakeApiServer.SeenRequest, Task<bool>>? fault = null)
    {
        FakeApiServer? server = null;
        server = await FakeApiServer.StartAsync(async (context, seen) =>
        {
            if (fault is not null && await fault(context, seen))
            {
                return;
            }

            var page = seen.Query.Contains("page=2", StringComparison.Ordinal) ? 2 : 1;
            await FakeApiServer.ServeFile(context, "fetch", $"kolada_v3_data_N00945_page{page}.json", server!.BaseUrl);
        });
        return server;
    }

    private static string[] Kolada(FakeApiServer server) =>
        ["fetch", "kolada", "--kpi", "N00945", "--municipality", "0180,1280", "--municipality", "1480", "--years", "2019-2020", "--base-url", server.BaseUrl.ToString()];

    [Test]
    public async Task Fetch_kolada_stores_both_pages_as_one_batch_and_keeps_them_beside_the_database()
    {
        await using var server = await KoladaTwoPages();
        using var cli = FastCli();

        var result = cli.Run(Kolada(server));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("fetch kolada: stored, batch 1: 2 page(s) from 1 request(s)"));
        Assert.That(result.Out, Does.Contain("rows read 6, stored 6 (6 new or changed), rejected 0"));
        Assert.That(result.Out, Does.Contain($"page-0001.json  GET {server.BaseUrl}{N00945Path[3..]}?per_page=5000"));
        var folder = Directory.GetDirectories(Path.Combine(cli.Folder, "fetched")).Single();
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "manifest.json", "page-0001.json", "page-0002.json" }));
        Assert.That(cli.Run(["export", "observations"]).Out.Trim().Split('\n'), Has.Length.EqualTo(1 + 6));
    }

    [Test]
    public async Task A_server_that_keeps_failing_prints_the_reason_and_the_url_and_stores_nothing()
    {
        await using var server = await FakeApiServer.StartAsync((context, seen) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        using var cli = FastCli();

        var result = cli.Run(Kolada(server));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain($"indicatorhub fetch kolada: the server answered HTTP 503 after the retries ({server.BaseUrl}{N00945Path[3..]}?per_page=5000); nothing stored"));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(server.Requests, Has.Count.EqualTo(3), "IndicatorHub__Fetch__Kolada__MaxRetryAttempts=2 was read");
        Assert.That(cli.Run(["export", "observations"]).Out.Trim().Split('\n'), Has.Length.EqualTo(1), "only the header");
    }

    [Test]
    public async Task The_page_limit_comes_from_the_environment_and_a_chain_past_it_is_refused()
    {
        await using var server = await KoladaTwoPages();
        using var cli = FastCli();
        cli.SetEnvironment("IndicatorHub__Fetch__Kolada__MaxPages", "1");

        var result = cli.Run(Kolada(server));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("the paging went past the limit of 1 pages (Fetch:Kolada:MaxPages)"));
    }

    [Test]
    public async Task A_rejected_page_is_named_with_its_line_and_column()
    {
        await using var server = await KoladaTwoPages(async (context, seen) =>
        {
            if (!seen.Query.Contains("page=2", StringComparison.Ordinal))
            {
                return false;
            }

            await FakeApiServer.ServeJson(context, """{"values":[{"kpi":"N00945","municipality":"9999","period":2020,"values":[{"gender":"T","status":"","value":1}]}],"count":1,"next_url":null}""");
            return true;
        });
        using var cli = FastCli();

        var result = cli.Run(Kolada(server));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("fetch kolada: REJECTED, nothing stored"));
        Assert.That(result.Error, Does.Match(@"page-0002\.json:1:\d+ \(\$\.values\[0\]\.municipality\): unknown area '9999'"));
    }

    [TestCase("--years", "förra året", "--years takes years or ranges")]
    [TestCase("--base-url", "ftp://example.org", "--base-url must be an http or https URL")]
    public void A_bad_option_is_a_usage_error(string option, string value, string message)
    {
        using var cli = FastCli();

        var result = cli.Run(["fetch", "kolada", "--kpi", "N00945", "--municipality", "0180", option, value]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain(message));
    }

    [Test]
    public async Task Fetch_pxweb_posts_the_selection_and_stores_the_cells()
    {
        var data = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestData", "pxweb", "pxweb2_TAB6471_data.json")))!;
        await using var server = await FakeApiServer.StartAsync((context, seen) => seen.Path.EndsWith("/config", StringComparison.Ordinal)
            ? FakeApiServer.ServeFile(context, "fetch", "pxweb2_config.json", new Uri("http://unused"))
            : FakeApiServer.ServeJson(context, data.ToJsonString()));
        using var cli = FastCli();

        var result = cli.Run(["fetch", "pxweb", "--table", "TAB6471", "--select", "Region=01,03", "--select", "Tid=2026M01", "--base-url", server.BaseUrl.ToString()]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("fetch pxweb: stored, batch 1: 1 page(s) from 1 request(s)"));
        var post = server.Requests.Single(r => r.Method == "POST");
        Assert.That(post.Path + post.Query, Is.EqualTo("/v3/tables/TAB6471/data?lang=sv&outputFormat=json-stat2"));
        Assert.That(post.Body, Is.EqualTo("""{"selection":[{"variableCode":"Region","valueCodes":["01","03"]},{"variableCode":"Tid","valueCodes":["2026M01"]}]}"""));
    }

    [Test]
    public void Fetch_pxweb_refuses_a_select_without_codes()
    {
        using var cli = FastCli();

        var result = cli.Run(["fetch", "pxweb", "--table", "TAB6471", "--select", "Region"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--select takes VARIABLE=CODE,CODE…, not 'Region'"));
    }
}
