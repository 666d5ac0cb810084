using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Observations;

namespace IndicatorHub.Storage.Tests.Imports;

public class StoreImportSessionTests
{
    private const string ParseKey = "kolada-csv|indicator=|encoding=|delimiter=";

    [Test]
    public void Files_after_a_rejected_one_in_the_same_session_do_not_use_what_its_rollback_took_back()
    {
        using var fixture = new StoreFixture();
        using var session = fixture.Store.BeginImportSession();

        using (var rejected = session.BeginFile(new ImportBatchStart("bad.csv", "long-csv", "b")))
        {
            rejected.WriteRow("X00001", "2020", "0180", 1.0);
            rejected.AddError(new ImportError(3, 2, "year", "unparseable period"));
            Assert.That(rejected.Finish(2, 1, keepGoodRows: false, dryRun: false).Outcome, Is.EqualTo(ImportOutcome.Rejected));
        }

        ImportBatchSummary stored;
        using (var good = session.BeginFile(new ImportBatchStart("good.csv", "long-csv", "g")))
        {
            good.WriteRow("X00001", "2020", "0180", 2.0);
            stored = good.Finish(1, 0, keepGoodRows: false, dryRun: false);
        }

        Assert.That(stored.Outcome, Is.EqualTo(ImportOutcome.Stored));
        var row = fixture.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter()).ToList()).Single();
        Assert.That((row.Indicator, row.Value, row.Batch), Is.EqualTo(("X00001", (double?)2.0, stored.BatchId)),
            "the indicator the rolled-back file created was created again, not referred to by a vanished id");
    }

    [Test]
    public void An_identical_stored_file_is_found_unchanged_until_a_later_batch_writes_the_same_indicator_and_dimension()
    {
        using var fixture = new StoreFixture();
        using var session = fixture.Store.BeginImportSession();
        var original = Store(session, "a.csv", "aaa", 100, w => w.WriteRow("N00923", "2020", "0180", 81.2));

        Assert.That(session.MayHaveUnchangedBatch(100, ParseKey), Is.True);
        Assert.That(session.MayHaveUnchangedBatch(100, ParseKey, "aaa"), Is.True);
        Assert.That(session.MayHaveUnchangedBatch(100, ParseKey, "bbb"), Is.False, "same size, other bytes: parsed ahead, never looked up");
        Assert.That(session.MayHaveUnchangedBatch(101, ParseKey, "aaa"), Is.False);
        Assert.That(session.FindUnchangedBatch("aaa", 100, ParseKey)?.Id, Is.EqualTo(original));
        Assert.That(session.FindUnchangedBatch("aaa", 100, ParseKey + "|indicator=N00923"), Is.Null, "read another way");
        Assert.That(session.FindUnchangedBatch("bbb", 100, ParseKey), Is.Null, "other bytes");

        Store(session, "bysex.csv", "ccc", 200, w => w.WriteRow("N00923", "2020", "0180", 80.0, "sex", "male"));
        Assert.That(session.FindUnchangedBatch("aaa", 100, ParseKey)?.Id, Is.EqualTo(original), "another dimension of the same indicator");

        Store(session, "metadata.csv", "ddd", 300, w => w.MergeIndicator(new Indicator("N00923", "Medellivslängd män, år")));
        Assert.That(session.FindUnchangedBatch("aaa", 100, ParseKey)?.Id, Is.EqualTo(original), "metadata does not change values");

        Store(session, "correction.csv", "eee", 400, w => w.WriteRow("N00923", "2021", "0180", 81.5));
        Assert.That(session.FindUnchangedBatch("aaa", 100, ParseKey), Is.Null, "a later batch wrote values of N00923 total");
    }

    [Test]
    public void A_file_that_also_wrote_areas_is_never_taken_as_unchanged()
    {
        using var fixture = new StoreFixture();
        using var session = fixture.Store.BeginImportSession();
        Store(session, "groups.json", "ggg", 100, w => w.MergeArea(new Core.Areas.Area("0180", "0180", "Stockholm", Core.Areas.AreaKind.Municipality) { MunicipalityGroupId = "K1" }));

        Assert.That(session.FindUnchangedBatch("ggg", 100, ParseKey), Is.Null);
    }

    private static long Store(StoreImportSession session, string name, string sha, long bytes, Action<ImportWriter> write)
    {
        using var writer = session.BeginFile(new ImportBatchStart(name, "kolada-csv", sha, bytes, ParseKey));
        write(writer);
        var summary = writer.Finish(1, 0, keepGoodRows: false, dryRun: false);
        Assert.That(summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        return summary.BatchId;
    }
}
