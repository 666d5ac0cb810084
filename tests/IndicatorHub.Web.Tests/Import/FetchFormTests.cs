using System.Net;
using Dapper;
using IndicatorHub.Import.Fetch;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Tests.Fetch;
using IndicatorHub.Web.Infrastructure.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>
/// /import/fetch: an analyst starts a Kolada or PxWeb fetch from the web; it runs in the background against a fake
/// API inside the test process (Fetch:Kolada:BaseUrl) and ends in a stored batch or a worded, typed failure.
/// </summary>
public sealed class FetchFormTests
{
    private FakeApiServer _server = null!;
    private IndicatorHubFactory _factory = null!;
    private HttpClient _client = null!;
    private Func<HttpContext, FakeApiServer.SeenRequest, Task> _answer = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeApiServer.StartAsync((context, seen) => _answer(context, seen));
        _factory = new IndicatorHubFactory(seed: false)
        {
            Settings = new Dictionary<string, string>
            {
                ["Fetch:Kolada:BaseUrl"] = _server.BaseUrl.ToString(),
                ["Fetch:Kolada:MaxRetryAttempts"] = "1",
                ["Fetch:Kolada:RetryBaseDelay"] = "00:00:00.010",
                ["Fetch:Kolada:RetryMaxDelay"] = "00:00:00.050",
            },
        };
        _client = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
    }

    [TearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task A_Kolada_fetch_runs_in_the_background_and_is_stored_as_one_batch_of_the_analyst()
    {
        _answer = (context, seen) => FakeApiServer.ServeFile(context, "fetch",
            $"kolada_v3_data_N00945_page{(seen.Query.Contains("page=2", StringComparison.Ordinal) ? 2 : 1)}.json", _server.BaseUrl);

        var job = await StartKoladaAsync(("Kpis", "N00945"), ("Municipalities", "0180, 1280, 1480"), ("Years", "2019-2020"));

        Assert.That(job.Result!.Failure, Is.Null, () => job.Result.Failure!.ToString());
        // The six real values of the two served pages (see tests/IndicatorHub.Import.Tests/TestData/fetch/README.md).
        Assert.That(Values(), Is.EqualTo(new[] { "0180 2019 39.3", "0180 2020 40.8", "1280 2019 35.4", "1280 2020 37", "1480 2019 39.1", "1480 2020 39.5" }));
        Assert.That(_server.Requests.Select(r => r.Path).Distinct(), Is.EqualTo(new[] { "/v3/data/kpi/N00945/municipality/0180,1280,1480/year/2019,2020" }));

        var html = await _client.GetStringAsync($"/import/fetch/job?id={job.Id}&culture=en");
        Assert.That(html, Does.Contain($"Stored as batch {job.Result.BatchId}.").And.Contain("data-count=\"added\">6<").And.Contain("data-count=\"pages\">2<"));
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        Assert.That(connection.ExecuteScalar<string>("SELECT imported_by FROM import_batches WHERE id = @Id", new { Id = job.Result.BatchId }), Is.EqualTo("anna"));
        Assert.That(connection.ExecuteScalar<string>("SELECT detail FROM audit_log WHERE action = 'FetchStarted'"), Does.Contain("kpi=N00945").And.Contain("years=2019,2020"));
    }

    [Test]
    public async Task A_server_that_keeps_failing_ends_in_its_worded_reason_and_nothing_stored()
    {
        _answer = (context, _) => FakeApiServer.ServeJson(context, "{\"error\":\"boom\"}", status: 500);

        var job = await StartKoladaAsync(("Kpis", "N00945"), ("Years", "2020"));

        Assert.That(job.Result!.Failure!.Reason, Is.EqualTo(FetchFailureReason.HttpStatus));
        Assert.That(Values(), Is.Empty);
        var sv = await _client.GetStringAsync($"/import/fetch/job?id={job.Id}");
        Assert.That(sv, Does.Contain("Servern svarade med fel (500) även efter nya försök.").And.Contain("Ingenting sparades."));
        var en = await _client.GetStringAsync($"/import/fetch/job?id={job.Id}&culture=en");
        Assert.That(en, Does.Contain("The server kept answering with an error (500) after retries."));
    }

    [TestCase("Kolada", "Kpis", "", "Ange minst ett nyckeltal")]
    [TestCase("Kolada", "Years", "förra året", "Ange år som 2015-2024")]
    [TestCase("PxWeb", "Selections", "Region 0180", "Skriv ett urval per rad")]
    [TestCase("PxWeb", "Tables", " ", "Ange minst en tabell")]
    public async Task A_form_that_cannot_be_fetched_is_400_with_the_reason_and_queues_nothing(string handler, string field, string value, string reason)
    {
        _answer = (context, _) => FakeApiServer.ServeJson(context, "{}", status: 500);
        var fields = handler == "Kolada"
            ? new Dictionary<string, string> { ["Kpis"] = "N00945", ["Years"] = "2020" }
            : new Dictionary<string, string> { ["Tables"] = "TAB6471", ["Selections"] = "Region=0180" };
        fields[field] = value;
        var token = await AnalystSession.TokenAsync(_client, "/import/fetch");
        var response = await _client.PostAsync($"/import/fetch?handler={handler}",
            new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'FetchStarted'"), Is.Zero);
        Assert.That(_server.Requests, Is.Empty);
    }

    private async Task<FetchJob> StartKoladaAsync(params (string Name, string Value)[] fields)
    {
        var token = await AnalystSession.TokenAsync(_client, "/import/fetch");
        var response = await _client.PostAsync("/import/fetch?handler=Kolada",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
        var id = AnalystSession.IdFromRedirect(response);
        Assert.That(response.Headers.Location!.OriginalString, Does.StartWith("/import/fetch/job?id="));

        var running = await _client.GetAsync($"/import/fetch/job?id={id}");
        Assert.That(running.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var jobs = _factory.Services.GetRequiredService<FetchJobs>();
        for (var i = 0; i < 600; i++)
        {
            if (jobs.Find(id) is { State: FetchJobState.Finished or FetchJobState.Failed } job)
            {
                Assert.That(job.State, Is.EqualTo(FetchJobState.Finished));
                return job;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"fetch job {id} did not finish within a minute");
        return null!;
    }

    private List<string> Values()
    {
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return connection.Query<(string Code, string Period, double? Value)>(
                "SELECT a.code, o.period, o.value FROM observations o JOIN areas a ON a.id = o.area_id ORDER BY a.code, o.period")
            .Select(r => FormattableString.Invariant($"{r.Code} {r.Period} {r.Value}"))
            .ToList();
    }
}
