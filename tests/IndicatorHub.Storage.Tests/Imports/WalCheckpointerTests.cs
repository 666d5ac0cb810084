using Dapper;
using System.Diagnostics;
using System.Globalization;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Imports;

/// <summary>An import session on a database file checkpoints the write-ahead log beside the writer, not in its commits.</summary>
public class WalCheckpointerTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "ih-wal-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Committed_files_reach_the_database_file_while_the_session_is_still_open()
    {
        var path = Path.Combine(_folder, "store.db");
        var store = IndicatorStore.Open(path, forWriting: true);
        using var session = store.BeginImportSession();
        var before = new FileInfo(path).Length;

        // 2 000 rows are far fewer pages than SQLite's own checkpoint waits for (1 000 pages): only the session's
        // checkpointer copies them into the database file before the last connection closes.
        using (var writer = session.BeginFile(new ImportBatchStart("years.csv", "long-csv", "y")))
        {
            var indicator = writer.ResolveIndicator("N00923");
            Assert.That(writer.Areas.TryResolve("0180", out var area, out _), Is.True);
            for (var year = 0; year < 2000; year++)
            {
                writer.QueueObservation(indicator, area, (1000 + year).ToString(CultureInfo.InvariantCulture), "total", "total", new ObservationValues(year), year);
            }

            writer.FlushObservations();
            Assert.That(writer.Finish(2000, 0, keepGoodRows: false, dryRun: false).Outcome, Is.EqualTo(ImportOutcome.Stored));
        }

        var clock = Stopwatch.StartNew();
        while (new FileInfo(path).Length == before && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(50);
        }

        Assert.That(new FileInfo(path).Length, Is.GreaterThan(before), "the database file grew while the session was open");
    }

    [Test]
    public void Connections_after_a_session_checkpoint_on_their_own_again()
    {
        var store = IndicatorStore.Open(Path.Combine(_folder, "store.db"), forWriting: true);
        store.BeginImportSession().Dispose();

        // The pool hands the session's writer connection out again; the factory must have set the checkpoint back.
        var settings = Enumerable.Range(0, 3).Select(_ => store.Connections.Open()).ToList();
        Assert.That(settings.Select(c => c.ExecuteScalar<long>("PRAGMA wal_autocheckpoint")), Is.All.EqualTo(1000));
        settings.ForEach(c => c.Dispose());
    }
}
