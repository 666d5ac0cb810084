using System.Globalization;
using Dapper;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Storage.Tests.Imports;

/// <summary>
/// Queued observations are written many rows per statement; these tests hold that path to what the one-row path
/// does: every duplicate named by its tag, the first occurrence kept, re-imports updating and keeping history.
/// </summary>
public class ObservationQueueTests
{
    private const int Rows = 200; // more than three of the writer's 64-row INSERTs

    [Test]
    public void Duplicates_within_a_chunk_and_across_chunks_are_reported_by_tag_and_the_first_value_is_kept()
    {
        using var fixture = new StoreFixture();
        var duplicates = new List<long>();
        using var writer = Begin(fixture, "a.csv", duplicates);
        var indicator = writer.ResolveIndicator("N00923");
        var area = Area(writer, "0180");

        // Tag t carries period Year(t) and value t; tag 70 repeats tag 66's key (same chunk), tag 130 repeats tag 5's
        // (two chunks earlier), and tag 199 repeats tag 198's (the last, partial chunk, written by the flush).
        var years = Enumerable.Range(0, Rows).Select(Year).ToArray();
        years[70] = Year(66);
        years[130] = Year(5);
        years[199] = Year(198);
        for (var tag = 0; tag < Rows; tag++)
        {
            writer.QueueObservation(indicator, area, years[tag], "total", "total", new ObservationValues(tag), tag);
        }

        writer.FlushObservations();
        Assert.That(duplicates, Is.EqualTo(new long[] { 70, 130, 199 }));
        var summary = writer.Finish(Rows, 3, keepGoodRows: true, dryRun: false);

        Assert.That(summary.RowsStored, Is.EqualTo(Rows - 3));
        var stored = fixture.Connection.Query<(string Period, double Value)>("SELECT period, value FROM observations").ToDictionary(r => r.Period, r => r.Value);
        Assert.That(stored, Has.Count.EqualTo(Rows - 3));
        Assert.That((stored[Year(66)], stored[Year(5)], stored[Year(198)]), Is.EqualTo((66.0, 5.0, 198.0)));
    }

    [Test]
    public void A_file_listed_year_by_year_and_longer_than_the_queue_is_stored_whole_with_its_duplicates_in_file_order()
    {
        using var fixture = new StoreFixture();
        var duplicates = new List<long>();
        using var writer = Begin(fixture, "years.csv", duplicates);
        var indicator = writer.ResolveIndicator("N00923");
        var areas = new[] { "2584", "0180", "1280", "1480" }.Select(code => Area(writer, code)).ToArray();
        const int years = 6000; // 24 000 rows, more than ImportWriter.MaxQueuedObservations
        var keys = Enumerable.Range(0, years).SelectMany(year => areas.Select(area => (Area: area, Period: Year(year)))).ToArray();
        keys[100] = keys[97];       // the same queue, another area between them
        keys[20_000] = keys[10];    // a later queue
        for (var tag = 0; tag < keys.Length; tag++)
        {
            writer.QueueObservation(indicator, keys[tag].Area, keys[tag].Period, "total", "total", new ObservationValues(tag), tag);
        }

        writer.FlushObservations();
        var summary = writer.Finish(keys.Length, 2, keepGoodRows: true, dryRun: false);

        Assert.That(duplicates, Is.EqualTo(new long[] { 100, 20_000 }));
        Assert.That(summary.RowsStored, Is.EqualTo(keys.Length - 2));
        var stored = fixture.Connection.Query<(long Area, string Period, double Value)>("SELECT area_id, period, value FROM observations")
            .ToDictionary(r => (r.Area, r.Period), r => r.Value);
        Assert.That(stored, Has.Count.EqualTo(keys.Length - 2));
        Assert.That((stored[keys[97]], stored[keys[10]], stored[keys[23_999]]), Is.EqualTo((97.0, 10.0, 23_999.0)));
    }

    [TestCase("N00923", "U01405", "N01951")]
    [TestCase("N01951", "U01405", "N00923", "U01405")]
    public void Runs_of_several_indicators_in_any_order_are_stored_whole(params string[] runs)
    {
        using var fixture = new StoreFixture();
        var duplicates = new List<long>();
        using var writer = Begin(fixture, "runs.csv", duplicates);
        var areas = new[] { "2584", "0180", "1280" }.Select(code => Area(writer, code)).ToArray();
        var tag = 0L;
        var expected = new HashSet<(string, long, string)>();
        foreach (var (code, run) in runs.Select((code, run) => (code, run)))
        {
            var indicator = writer.ResolveIndicator(code);
            for (var year = 0; year < 50; year++)
            {
                foreach (var area in areas)
                {
                    // A run of an indicator seen before repeats its keys only for its first year.
                    var period = Year(year + (run * 100));
                    if (!expected.Add((code, area, period)))
                    {
                        Assert.Fail("the test's keys must be distinct");
                    }

                    writer.QueueObservation(indicator, area, period, "total", "total", new ObservationValues(tag), tag++);
                }
            }
        }

        var repeated = tag;
        writer.QueueObservation(writer.ResolveIndicator(runs[0]), areas[0], Year(0), "total", "total", new ObservationValues(-1), tag++);
        writer.FlushObservations();
        var summary = writer.Finish(tag, 1, keepGoodRows: true, dryRun: false);

        Assert.That(duplicates, Is.EqualTo(new[] { repeated }));
        Assert.That(summary.RowsStored, Is.EqualTo(expected.Count));
        var stored = fixture.Connection.Query<(string Code, long Area, string Period)>(
            "SELECT i.code, o.area_id, o.period FROM observations o JOIN indicators i ON i.id = o.indicator_id").ToHashSet();
        Assert.That(stored, Is.EquivalentTo(expected));
    }

    [Test]
    public void A_queued_reimport_with_some_values_changed_updates_those_and_keeps_their_history()
    {
        using var fixture = new StoreFixture();
        var first = ImportQueued(fixture, "a.csv", tag => tag);
        var changedTags = new[] { 3, 100, 150 };

        var second = ImportQueued(fixture, "b.csv", tag => changedTags.Contains(tag) ? tag + 0.5 : tag);

        Assert.That((first.RowsStored, first.RowsChanged), Is.EqualTo(((long)Rows, (long)Rows)));
        Assert.That((second.Outcome, second.RowsStored, second.RowsChanged), Is.EqualTo((ImportOutcome.Stored, (long)Rows, 3L)));
        var changed = fixture.Connection.Query<string>("SELECT period FROM observations WHERE batch_id = @Id ORDER BY period", new { Id = second.BatchId });
        Assert.That(changed, Is.EqualTo(changedTags.Select(Year)));
        var history = fixture.Connection.Query<(string Period, double Value)>("SELECT period, value FROM observation_history WHERE replaced_by = @Id ORDER BY period", new { Id = second.BatchId });
        Assert.That(history, Is.EqualTo(changedTags.Select(t => (Year(t), (double)t))));
    }

    [Test]
    public void New_keys_after_existing_ones_in_a_queued_file_are_inserted()
    {
        using var fixture = new StoreFixture();
        ImportQueued(fixture, "a.csv", tag => tag, rows: 10);

        var second = ImportQueued(fixture, "b.csv", tag => tag);

        Assert.That((second.RowsStored, second.RowsChanged), Is.EqualTo(((long)Rows, (long)(Rows - 10))));
        Assert.That(fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observations"), Is.EqualTo(Rows));
    }

    [Test]
    public void A_file_of_new_keys_for_an_indicator_already_stored_counts_every_row_as_new()
    {
        using var fixture = new StoreFixture();
        ImportQueued(fixture, "by-sex.csv", tag => tag, rows: 50, dimension: "sex", subgroup: "female");

        var totals = ImportQueued(fixture, "totals.csv", tag => tag + 0.5);

        Assert.That((totals.RowsStored, totals.RowsChanged, totals.RowsReplaced), Is.EqualTo(((long)Rows, (long)Rows, 0L)));
        Assert.That(fixture.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observations"), Is.EqualTo(Rows + 50));
    }

    private static ImportWriter Begin(StoreFixture fixture, string file, List<long> duplicates)
    {
        var writer = fixture.Store.BeginImport(new ImportBatchStart(file, "long-csv", file));
        writer.DuplicateFound = duplicates.Add;
        return writer;
    }

    private static long Area(ImportWriter writer, string code)
    {
        Assert.That(writer.Areas.TryResolve(code, out var id, out _), Is.True, code);
        return id;
    }

    private static string Year(int tag) => (1800 + tag).ToString(CultureInfo.InvariantCulture);

    private static ImportBatchSummary ImportQueued(StoreFixture fixture, string file, Func<int, double> value, int rows = Rows, string dimension = "total", string subgroup = "total")
    {
        var duplicates = new List<long>();
        using var writer = Begin(fixture, file, duplicates);
        var indicator = writer.ResolveIndicator("N00923");
        var area = Area(writer, "0180");
        for (var tag = 0; tag < rows; tag++)
        {
            writer.QueueObservation(indicator, area, Year(tag), dimension, subgroup, new ObservationValues(value(tag)), tag);
        }

        writer.FlushObservations();
        Assert.That(duplicates, Is.Empty);
        return writer.Finish(rows, 0, keepGoodRows: false, dryRun: false);
    }
}
