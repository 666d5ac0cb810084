using IndicatorHub.Storage.Jobs;

namespace IndicatorHub.Storage.Tests.Jobs;

/// <summary>web_jobs (migration 10): a job written when queued and when it ends; unfinished ones found for a restart.</summary>
public sealed class WebJobRecordsTests
{
    private static readonly DateTimeOffset Queued = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_job_is_written_queued_then_its_end_replaces_state_and_result_but_not_the_request()
    {
        using var fixture = new StoreFixture();
        var records = new WebJobRecords(fixture.Store.Connections);
        var queued = new WebJobRecord("a1", "import", "anna", "u1", "Queued", "{\"req\":1}", null, Queued, null);
        records.Save(queued);
        Assert.That(records.Find("a1"), Is.EqualTo(queued));

        var ended = queued with { State = "Finished", Result = "{\"res\":2}", Request = "{\"other\":3}", FinishedAt = Queued.AddMinutes(2) };
        records.Save(ended);
        Assert.That(records.Find("a1"), Is.EqualTo(ended with { Request = "{\"req\":1}" }), "the request is what was queued");
        Assert.That(records.Find("nope"), Is.Null);
    }

    [Test]
    public void Unfinished_jobs_come_oldest_first_and_jobs_are_found_by_upload()
    {
        using var fixture = new StoreFixture();
        var records = new WebJobRecords(fixture.Store.Connections);
        records.Save(new WebJobRecord("b", "import", "anna", "u1", "Running", "{}", null, Queued.AddMinutes(1), null));
        records.Save(new WebJobRecord("a", "dry-run", "anna", "u1", "Finished", "{}", "{}", Queued, Queued.AddMinutes(1)));
        records.Save(new WebJobRecord("c", "fetch", "anna", null, "Queued", "{}", null, Queued, null));

        Assert.That(records.Unfinished(["Finished", "Failed"]).Select(r => r.Id), Is.EqualTo(new[] { "c", "b" }));
        Assert.That(records.ForUpload("u1").Select(r => r.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(records.ForUpload("u2"), Is.Empty);
    }
}
