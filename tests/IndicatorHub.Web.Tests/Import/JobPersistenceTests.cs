using System.Net;
using System.Text;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Storage.Jobs;
using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>
/// Jobs outlive the app (a second app on the same database stands for the restarted one): a finished job's page
/// still shows its result, an interrupted job runs again; uploads are deleted once no longer needed.
/// </summary>
public sealed class JobPersistenceTests
{
    private IndicatorHubFactory _first = null!;

    [SetUp]
    public void SetUp() => _first = new IndicatorHubFactory(seed: false);

    [TearDown]
    public void TearDown() => _first.Dispose();

    [Test]
    public async Task A_finished_dry_run_is_shown_by_the_restarted_app()
    {
        ImportTestData.ImportDirectly(_first, "first.csv", ImportTestData.First);
        var file = await SaveUploadAsync(_first, ImportTestData.Second);
        var job = _first.Services.GetRequiredService<ImportJobs>().Enqueue(file, ImportFormat.Auto, new ParseOptions(), allowPartial: false, dryRun: true, "anna");
        await AnalystSession.FinishedAsync(_first, job.Id);

        using var restarted = Restarted();
        var client = await AnalystSession.SignedInAsync(restarted, "anna", UserRole.Analyst);
        var response = await client.GetAsync($"/import/job?id={job.Id}&culture=en");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        // Second against First: Linköping added, Stockholm changed, Göteborg left alone.
        Assert.That(html, Does.Contain("The file is valid").And.Contain("data-count=\"added\">1<").And.Contain("data-count=\"changed\">1<").And.Contain("data-count=\"unchanged\">1<"));
        Assert.That(html, Does.Contain("Confirm and import"), "the restarted app can still confirm it");
    }

    [Test]
    public async Task A_job_the_restart_interrupted_runs_again()
    {
        var file = await SaveUploadAsync(_first, ImportTestData.First);
        var records = _first.Services.GetRequiredService<WebJobRecords>();
        var request = $$"""{"File":{"Id":"{{file.Id}}","OriginalName":"first.csv","Sha256":"{{file.Sha256}}","Length":{{file.Length}},"UploadedBy":"anna","UploadedAt":"2026-11-30T03:00:00+00:00"},"Format":0,"AllowPartial":false,"DryRun":false}""";
        const string Id = "0123456789abcdef0123456789abcdef";
        records.Save(new WebJobRecord(Id, "import", "anna", file.Id, "Running", request, null, DateTimeOffset.UtcNow, null));

        using var restarted = Restarted();
        var job = await AnalystSession.FinishedAsync(restarted, Id);
        Assert.That(job.Result!.Stored, Is.True);
        Assert.That(ImportTestData.Values(restarted).Select(v => v[..9]), Is.EqualTo(new[] { "0180 2021", "1480 2021" }));
        Assert.That(records.Find(Id)!.State, Is.EqualTo("Finished"));
    }

    [Test]
    public async Task Uploads_are_deleted_after_their_import_or_when_abandoned_never_while_a_job_needs_them()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var uploads = _first.Services.GetRequiredService<UploadStore>();
        var records = _first.Services.GetRequiredService<WebJobRecords>();
        var imported = await SaveUploadAsync(_first, ImportTestData.First);
        var abandoned = await SaveUploadAsync(_first, ImportTestData.First);
        var waiting = await SaveUploadAsync(_first, ImportTestData.First);
        records.Save(new WebJobRecord("11111111111111111111111111111111", "import", "anna", imported.Id, "Finished", "{}", "{}", clock.Now, clock.Now));
        records.Save(new WebJobRecord("22222222222222222222222222222222", "dry-run", "anna", abandoned.Id, "Finished", "{}", "{}", clock.Now, clock.Now));
        records.Save(new WebJobRecord("33333333333333333333333333333333", "import", "anna", waiting.Id, "Queued", "{}", null, clock.Now, null));
        var cleanup = new UploadCleanup(uploads, records, Options.Create(new UploadOptions { KeepAfterImportMinutes = 60, AbandonedAfterHours = 24 }), clock, NullLogger<UploadCleanup>.Instance);

        clock.Now = clock.Now.AddMinutes(59);
        Assert.That(cleanup.Sweep().Values, Is.All.EqualTo(UploadSweepDecision.Kept));

        clock.Now = clock.Now.AddMinutes(1);
        var decisions = cleanup.Sweep();
        Assert.That(decisions[imported.Id], Is.EqualTo(UploadSweepDecision.DeletedAfterImport));
        Assert.That(decisions[abandoned.Id], Is.EqualTo(UploadSweepDecision.Kept), "only a dry run: not abandoned before 24 h");
        Assert.That(File.Exists(uploads.PathOf(imported)), Is.False);
        Assert.That(uploads.Find(imported.Id), Is.Null);

        clock.Now = clock.Now.AddHours(24);
        decisions = cleanup.Sweep();
        Assert.That(decisions[abandoned.Id], Is.EqualTo(UploadSweepDecision.DeletedAbandoned));
        Assert.That(decisions[waiting.Id], Is.EqualTo(UploadSweepDecision.Kept), "a queued import still reads it");
        Assert.That(uploads.Ids(), Is.EqualTo(new[] { waiting.Id }));
    }

    private IndicatorHubFactory Restarted() => new(seed: false)
    {
        Settings = new Dictionary<string, string>
        {
            ["IndicatorHub:DatabasePath"] = _first.DatabasePath,
            ["IndicatorHub:Upload:Folder"] = _first.Services.GetRequiredService<UploadStore>().Folder,
        },
    };

    private static Task<UploadedFile> SaveUploadAsync(IndicatorHubFactory factory, string content) =>
        factory.Services.GetRequiredService<UploadStore>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "file.csv", "anna", CancellationToken.None);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
