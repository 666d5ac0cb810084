extern alias cli;

using System.Text;
using cli::IndicatorHub.Cli;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Storage.Writing;
using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>A web import and a CLI import of the same database at once: the later one waits its turn, both land.</summary>
public sealed class ConcurrentImportTests
{
    [Test]
    public async Task A_web_import_and_a_CLI_import_started_together_both_land_in_arrival_order()
    {
        using var factory = new IndicatorHubFactory(seed: false);
        var client = await AnalystSession.SignedInAsync(factory, "anna", UserRole.Analyst);
        var flow = new UploadFlowHelper(factory, client);
        var dryRun = await flow.DryRunAsync("web.csv", ImportTestData.First);
        var cliFile = Path.Combine(factory.Folder, "cli.csv");
        await File.WriteAllTextAsync(cliFile, ImportTestData.Header + "N00923,0580,2021,total,total,79\n");

        var jobs = factory.Services.GetRequiredService<ImportJobs>();
        var cliError = new StringWriter();
        Task<int> cli;
        string jobId;

        // A third writer holds the database while both arrive, so both must queue: the web job first, then the CLI.
        using (new WriterGate(factory.DatabasePath).Enter())
        {
            jobId = await flow.ConfirmAsync(dryRun);
            await WaitUntil(() => jobs.Find(jobId)!.State == ImportJobState.Waiting && jobs.Find(jobId)!.Position == 1);
            var context = new CliContext(new StringWriter(), cliError, _ => null, ErrorIsTerminal: false, () => new MemoryStream());
            cli = Task.Run(() => CliApp.Run(["import", cliFile, "--db", factory.DatabasePath], context));
            await WaitUntil(() => cliError.ToString().Contains("waiting for another import (position 2)", StringComparison.Ordinal));
            Assert.That(cli.IsCompleted, Is.False);
        }

        Assert.That(await cli, Is.EqualTo(0), cliError.ToString());
        var job = await AnalystSession.FinishedAsync(factory, jobId);
        Assert.That(job.Result!.Stored, Is.True);
        var values = ImportTestData.Values(factory);
        var webBatch = job.Result.Summary.BatchId;
        Assert.That(values, Is.EqualTo(new[] { $"0180 2021 81.5 {webBatch}", $"0580 2021 79 {webBatch + 1}", $"1480 2021 80.25 {webBatch}" }),
            "both stored, the web import first because it queued first");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.That(condition(), Is.True, "condition not reached within 15 s");
    }

    /// <summary>The upload steps of <see cref="UploadFlowTests"/> over a given client.</summary>
    private sealed class UploadFlowHelper(IndicatorHubFactory factory, HttpClient client)
    {
        internal async Task<ImportJob> DryRunAsync(string name, string content)
        {
            var token = await AnalystSession.TokenAsync(client, "/import");
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Files", name);
            form.Add(new StringContent(token), "__RequestVerificationToken");
            var uploadId = AnalystSession.IdFromRedirect(await client.PostAsync("/import", form));
            var previewToken = await AnalystSession.TokenAsync(client, $"/import/preview?id={uploadId}");
            var response = await client.PostAsync($"/import/preview?id={uploadId}&handler=DryRun",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Format"] = "auto", ["__RequestVerificationToken"] = previewToken }));
            return await AnalystSession.FinishedAsync(factory, AnalystSession.IdFromRedirect(response));
        }

        internal async Task<string> ConfirmAsync(ImportJob dryRun)
        {
            var token = await AnalystSession.TokenAsync(client, $"/import/job?id={dryRun.Id}");
            var response = await client.PostAsync($"/import/job?id={dryRun.Id}&handler=Confirm",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            return AnalystSession.IdFromRedirect(response);
        }
    }
}
