using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>Upload → preview → dry run → confirm → progress → result → history → rollback, through the real app.</summary>
public sealed class UploadFlowTests
{
    private IndicatorHubFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new IndicatorHubFactory(seed: false);
        _client = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task An_upload_is_kept_under_a_generated_name_with_its_SHA256_and_previewed()
    {
        var bytes = Encoding.UTF8.GetBytes(ImportTestData.First);
        var uploadId = AnalystSession.IdFromRedirect(await UploadAsync("../../etc/passwd.csv", bytes));

        var upload = _factory.Services.GetRequiredService<UploadStore>().Find(uploadId)!;
        Assert.That(upload.OriginalName, Is.EqualTo("passwd.csv"));
        Assert.That(upload.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
        var stored = Directory.GetFiles(_factory.Services.GetRequiredService<UploadStore>().Folder, "*.upload").Single();
        Assert.That(Path.GetFileName(stored), Is.EqualTo(uploadId + ".upload"));
        Assert.That(await File.ReadAllBytesAsync(stored), Is.EqualTo(bytes));

        var html = await _client.GetStringAsync($"/import/preview?id={uploadId}&culture=en");
        Assert.That(html, Does.Contain("long-csv").And.Contain("utf-8").And.Contain("comma"));
        Assert.That(html, Does.Contain("<th scope=\"col\">indicator</th>").And.Contain("<td>80.25</td>"));
        Assert.That(html, Does.Contain(upload.Sha256));
    }

    [Test]
    public async Task A_malformed_or_unknown_upload_id_is_404()
    {
        Assert.That((await _client.GetAsync("/import/preview?id=..%2F..%2Fetc%2Fpasswd")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _client.GetAsync("/import/preview?id=0123456789abcdef0123456789abcdef")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_dry_run_reports_every_error_and_stores_nothing()
    {
        var content = ImportTestData.Header + "N00923,0180,2021,total,total,81.5\nN00923,Atlantis,2021,total,total,80\nN00923,1480,20x1,total,total,79\n";
        var uploadId = AnalystSession.IdFromRedirect(await UploadAsync("bad.csv", Encoding.UTF8.GetBytes(content)));
        var before = ImportTestData.Values(_factory);
        var job = await DryRunAsync(uploadId);

        Assert.That(job.Result!.Summary.ErrorCount, Is.EqualTo(2));
        Assert.That(job.Result.Summary.Errors.Select(e => (e.Line, e.Column)), Is.EquivalentTo(new[] { (3L, 2), (4L, 3) }));
        Assert.That(ImportTestData.Values(_factory), Is.EqualTo(before));

        var html = await _client.GetStringAsync($"/import/job?id={job.Id}&culture=en");
        Assert.That(html, Does.Contain("The file has errors").And.Contain("Atlantis").And.Not.Contain("Confirm and import"));
        Assert.That(html, Does.Contain("N00923"), "the new indicator is named");

        var csv = await _client.GetStringAsync($"/import/job?id={job.Id}&handler=Rejected");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0].TrimEnd('\r'), Is.EqualTo("line,column,field,reason,row"));
        Assert.That(lines[1], Does.StartWith("3,2,area,").And.Contain("\"N00923,Atlantis,2021,total,total,80\""));
    }

    [Test]
    public async Task Confirm_imports_in_the_background_and_rollback_restores_the_replaced_values_exactly()
    {
        var first = await ImportThroughWebAsync("first.csv", ImportTestData.First);
        var afterFirst = ImportTestData.Values(_factory);
        Assert.That(afterFirst, Is.EqualTo(new[] { $"0180 2021 81.5 {first}", $"1480 2021 80.25 {first}" }));

        var second = await ImportThroughWebAsync("second.csv", ImportTestData.Second);
        Assert.That(ImportTestData.Values(_factory), Is.EqualTo(new[] { $"0180 2021 82 {second}", $"0580 2021 79 {second}", $"1480 2021 80.25 {first}" }));

        // The first batch cannot go while the second has replaced one of its values.
        var refused = await RollbackAsync(first);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain($"Roll back batch {second} first"));

        var rolled = await RollbackAsync(second);
        Assert.That(rolled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ImportTestData.Values(_factory), Is.EqualTo(afterFirst));

        var history = await _client.GetStringAsync("/import/history?culture=en");
        Assert.That(history, Does.Contain("rolled back").And.Contain("by anna"));
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        Assert.That(connection.ExecuteScalar<string>("SELECT rolled_back_by FROM import_batches WHERE id = @Id", new { Id = second }), Is.EqualTo("anna"));
        Assert.That(connection.ExecuteScalar<string>("SELECT imported_by FROM import_batches WHERE id = @Id", new { Id = second }), Is.EqualTo("anna"));

        // Now the first can go too, and the store is as before any import.
        Assert.That((await RollbackAsync(first)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ImportTestData.Values(_factory), Is.Empty);
    }

    [Test]
    public async Task The_progress_page_shows_the_waiting_position_and_survives_a_reload()
    {
        var uploadId = AnalystSession.IdFromRedirect(await UploadAsync("first.csv", Encoding.UTF8.GetBytes(ImportTestData.First)));
        var gate = _factory.Services.GetRequiredService<Storage.Writing.WriterGate>();
        string jobId;
        using (gate.Enter())
        {
            jobId = AnalystSession.IdFromRedirect(await PostAsync($"/import/preview?id={uploadId}", "DryRun", ("Format", "auto")));
            var jobs = _factory.Services.GetRequiredService<ImportJobs>();
            for (var i = 0; i < 100 && jobs.Find(jobId)!.Position == 0; i++)
            {
                await Task.Delay(50);
            }

            for (var reload = 0; reload < 2; reload++)
            {
                var html = await _client.GetStringAsync($"/import/job?id={jobId}&culture=en");
                Assert.That(html, Does.Contain("Waiting for another import (position 1").And.Contain("data-job-running").And.Contain("/js/import-progress.js"));
                Assert.That(html, Does.Not.Contain("<script>"), "no inline script");
            }
        }

        var job = await AnalystSession.FinishedAsync(_factory, jobId);
        Assert.That(job.Result!.Summary.RowsRead, Is.EqualTo(2));
        var done = await _client.GetStringAsync($"/import/job?id={jobId}&culture=en");
        Assert.That(done, Does.Contain("The file is valid").And.Not.Contain("data-job-running"));
    }

    [Test]
    public async Task A_column_mapping_saved_by_name_maps_the_next_file()
    {
        var content = "kpi;kommun;ar;kon;grupp;varde\nN00923;0180;2021;total;total;81,5\n";
        var uploadId = AnalystSession.IdFromRedirect(await UploadAsync("own.csv", Encoding.UTF8.GetBytes(content.Replace(";", ",", StringComparison.Ordinal).Replace("81,5", "81.5", StringComparison.Ordinal))));
        var mapping = new[] { ("Mapping[indicator]", "kpi"), ("Mapping[area]", "kommun"), ("Mapping[period]", "ar"), ("Mapping[dimension]", "kon"), ("Mapping[subgroup]", "grupp"), ("Mapping[value]", "varde") };
        var save = await PostAsync($"/import/preview?id={uploadId}", "SaveMapping", [.. mapping, ("MappingName", "Egen export"), ("Format", "long-csv")]);
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var preview = await _client.GetStringAsync($"/import/preview?id={uploadId}&savedMapping=Egen%20export");
        Assert.That(preview, Does.Contain("<option value=\"kommun\" selected=\"selected\">kommun</option>"));

        var jobId = AnalystSession.IdFromRedirect(await PostAsync($"/import/preview?id={uploadId}", "DryRun", [.. mapping, ("Format", "long-csv")]));
        var job = await AnalystSession.FinishedAsync(_factory, jobId);
        Assert.That(job.Result!.Summary.ErrorCount, Is.EqualTo(0), string.Join("; ", job.Result.Summary.Errors.Select(e => e.Reason)));
        Assert.That(job.Result.Summary.RowsChanged, Is.EqualTo(1));
    }

    [Test]
    public async Task An_empty_form_is_400_with_the_error_tied_to_the_field()
    {
        var token = await AnalystSession.TokenAsync(_client, "/import");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var response = await _client.PostAsync("/import", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("id=\"files-error\"").And.Contain("aria-describedby=\"files-hint files-error\""));
    }

    [Test]
    public async Task A_dry_run_counts_added_changed_and_unchanged_apart_and_lists_unknown_areas_and_new_indicators()
    {
        ImportTestData.ImportDirectly(_factory, "first.csv", ImportTestData.First);

        // Line by line (the header is line 1), against First (0180 81.5, 1480 80.25 for N00923 2021):
        // 2 changes 0180, 3 repeats 1480, 4 and 5 add Linköping 2021 and 2020, 6 and 7 name unknown areas (column 2),
        // 8 has a bad period (column 3), 9 adds a value of the new indicator U99999.
        // So: 3 added, 1 changed, 1 left alone; unknown areas Atlantis (6:2) and Lemuria (7:2); one other error (8:3).
        var content = ImportTestData.Header
            + "N00923,0180,2021,total,total,82\n"
            + "N00923,1480,2021,total,total,80.25\n"
            + "N00923,0580,2021,total,total,79\n"
            + "N00923,0580,2020,total,total,78\n"
            + "N00923,Atlantis,2021,total,total,80\n"
            + "N00923,Lemuria,2021,total,total,80\n"
            + "N00923,1480,20x1,total,total,79\n"
            + "U99999,0180,2021,total,total,5\n";
        var uploadId = AnalystSession.IdFromRedirect(await UploadAsync("mixed.csv", Encoding.UTF8.GetBytes(content)));
        var before = ImportTestData.Values(_factory);
        var job = await DryRunAsync(uploadId);

        var summary = job.Result!.Summary;
        Assert.That((summary.RowsAdded, summary.RowsReplaced, summary.RowsUnchanged, summary.RowsRejected), Is.EqualTo((3L, 1L, 1L, 3L)));
        Assert.That(job.NewIndicators, Is.EqualTo(new[] { "U99999" }));
        Assert.That(ImportTestData.Values(_factory), Is.EqualTo(before));

        var html = await _client.GetStringAsync($"/import/job?id={job.Id}&culture=en");
        Assert.That(html, Does.Contain("Would be added</th><td class=\"num\" data-count=\"added\">3<"));
        Assert.That(html, Does.Contain("Would be changed</th><td class=\"num\" data-count=\"changed\">1<"));
        Assert.That(html, Does.Contain("data-count=\"unchanged\">1<"));
        var unknown = Section(html, "<table id=\"unknown-areas\">");
        Assert.That(unknown, Does.Contain("<tr><td>Atlantis</td><td class=\"num\">6</td><td class=\"num\">2</td></tr>"));
        Assert.That(unknown, Does.Contain("<tr><td>Lemuria</td><td class=\"num\">7</td><td class=\"num\">2</td></tr>"));
        var others = Section(html, "<table id=\"other-errors\">");
        Assert.That(others, Does.Contain("<td class=\"num\">8</td><td class=\"num\">3</td>").And.Not.Contain("Atlantis"));
        Assert.That(html, Does.Contain("Other errors (1)").And.Contain("Unknown areas (2)").And.Contain("U99999"));
    }

    private static string Section(string html, string start)
    {
        var at = html.IndexOf(start, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), start);
        return html[at..html.IndexOf("</table>", at, StringComparison.Ordinal)];
    }

    internal async Task<long> ImportThroughWebAsync(string name, string content)
    {
        var uploadId = AnalystSession.IdFromRedirect(await UploadAsync(name, Encoding.UTF8.GetBytes(content)));
        var dryRun = await DryRunAsync(uploadId);
        Assert.That(dryRun.Result!.Summary.ErrorCount, Is.EqualTo(0));
        var confirm = await PostAsync($"/import/job?id={dryRun.Id}", "Confirm");
        var import = await AnalystSession.FinishedAsync(_factory, AnalystSession.IdFromRedirect(confirm));
        Assert.That(import.Result!.Stored, Is.True);
        var html = await _client.GetStringAsync($"/import/job?id={import.Id}&culture=en");
        Assert.That(html, Does.Contain($"Stored as batch {import.Result.Summary.BatchId}"));
        return import.Result.Summary.BatchId;
    }

    private async Task<ImportJob> DryRunAsync(string uploadId)
    {
        var response = await PostAsync($"/import/preview?id={uploadId}", "DryRun", ("Format", "auto"));
        return await AnalystSession.FinishedAsync(_factory, AnalystSession.IdFromRedirect(response));
    }

    private Task<HttpResponseMessage> RollbackAsync(long batch) =>
        PostAsync("/import/history", "Rollback", ("batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private async Task<HttpResponseMessage> PostAsync(string page, string handler, params (string Name, string Value)[] fields)
    {
        var token = await AnalystSession.TokenAsync(_client, page.Split('?')[0] == "/import/job" || page.StartsWith("/import/preview", StringComparison.Ordinal) ? page : page);
        var separator = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await _client.PostAsync($"{page}{separator}handler={handler}",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    internal async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] bytes)
    {
        var token = await AnalystSession.TokenAsync(_client, "/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Files", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await _client.PostAsync("/import", form);
    }
}
