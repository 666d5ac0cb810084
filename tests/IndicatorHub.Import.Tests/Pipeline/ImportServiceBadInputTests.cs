using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Observations;
using IndicatorHub.Storage.Queries.Batches;

namespace IndicatorHub.Import.Tests.Pipeline;

/// <summary>
/// Every kind of bad input gets an error naming the line, column and reason; the file is rejected whole and the
/// store's data is exactly as before.
/// </summary>
public class ImportServiceBadInputTests
{
    private const string Header = "indicator,area,period,dimension,subgroup,value\n";

    private static readonly object[] BadFiles =
    [
        new object[] { "wrong field count", Header + "N00923,0180,2021,total,total,81.5\nN00923,1280,2021,total,total\n", 3L, "fields" },
        new object[] { "non-numeric value", Header + "N00923,0180,2021,total,total,81.5\nN00923,1280,2021,total,total,åttio\n", 3L, "number" },
        new object[] { "unknown area code", Header + "N00923,9999,2021,total,total,81.5\n", 2L, "unknown area '9999'" },
        new object[] { "unknown area name", Header + "N00923,Atlantis,2021,total,total,81.5\n", 2L, "unknown area 'Atlantis'" },
        new object[] { "unparseable period", Header + "N00923,0180,förra året,total,total,81.5\n", 2L, "unparseable period" },
        new object[] { "duplicate key", Header + "N00923,0180,2021,total,total,81.5\nN00923,0180,2021,total,total,81.6\n", 3L, "duplicate key" },
    ];

    [TestCaseSource(nameof(BadFiles))]
    public void A_bad_row_rejects_the_file_and_leaves_the_store_as_it_was(string what, string content, long line, string reason)
    {
        using var h = new PipelineHarness();
        h.ImportFile("kolada", "v2_flat_N00923_medellivslangd_man_by_geo_year.csv");
        var before = h.DataFingerprint();

        var result = h.ImportText(what + ".csv", content);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected), what);
        var error = result.Summary.Errors[0];
        Assert.That(error.Line, Is.EqualTo(line), what);
        Assert.That(error.Column, Is.GreaterThan(0), what);
        Assert.That(error.Reason, Does.Contain(reason).IgnoreCase, what);
        Assert.That(h.DataFingerprint(), Is.EqualTo(before), what);
        // The batch keeps where and why; an error's kind and subject belong to the run's report (the dry run groups by them).
        Assert.That(
            h.Store.Read(c => BatchErrorsQuery.Run(c, result.Summary.BatchId)).Select(e => (e.Line, e.Column, e.Field, e.Reason)),
            Is.EqualTo(result.Summary.Errors.Select(e => (e.Line, e.Column, e.Field, e.Reason))),
            "all errors are kept with the batch");
    }

    [Test]
    public void Duplicates_in_a_large_real_file_are_named_by_line_in_file_order_among_other_errors()
    {
        // The real file (7 161 data rows) with line 10 repeated as line 151 and 300 (rows are written 64 at a time,
        // so these fall in different chunks), and an unknown area as line 200 between them.
        var lines = File.ReadAllLines(PipelineHarness.TestData("kolada", "v2_flat_N00923_medellivslangd_man_by_geo_year.csv")).ToList();
        var repeated = lines[9];
        lines.Insert(150, repeated);
        lines.Insert(199, "9999,2000,80.0");
        lines.Insert(299, repeated);
        using var h = new PipelineHarness();

        var result = h.ImportText("duplicates.csv", string.Join('\n', lines) + "\n", allowPartial: true);

        Assert.That(result.Summary.Errors.Select(e => (e.Line, e.Reason.Split(':')[0])),
            Is.EqualTo(new[] { (151L, "duplicate key"), (200L, "unknown area '9999'"), (300L, "duplicate key") }));
        // Three of the file's rows are empty cells (Knivsta 2000–2002): counted, not stored.
        Assert.That((result.Summary.RowsRead, result.Summary.RowsStored, result.Summary.RowsEmpty, result.Summary.RowsRejected), Is.EqualTo((7164L, 7158L, 3L, 3L)));
    }

    [Test]
    public void Unknown_area_error_points_at_the_area_column()
    {
        using var h = new PipelineHarness();

        var result = h.ImportText("areas.csv", "period,value,area,indicator,dimension,subgroup\n2021,81.5,Atlantis,N00923,total,total\n");

        Assert.That(result.Summary.Errors[0], Has.Property("Line").EqualTo(2).And.Property("Column").EqualTo(3).And.Property("Field").EqualTo("area"));
    }

    [Test]
    public void A_file_that_is_not_what_it_claims_is_rejected()
    {
        using var h = new PipelineHarness();
        var before = h.DataFingerprint();

        var result = h.ImportFile("kolada", "v2_flat_N00923_medellivslangd_man_by_geo_year.csv", ImportFormat.Px);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors, Is.Not.Empty);
        Assert.That(h.DataFingerprint(), Is.EqualTo(before));
    }

    [Test]
    public void A_truncated_json_file_is_rejected_with_its_position_even_with_allow_partial()
    {
        using var h = new PipelineHarness();
        var full = File.ReadAllText(PipelineHarness.TestData("kolada", "v2_data_N01951_1994.json"));
        var before = h.DataFingerprint();

        var result = h.ImportText("truncated.json", full[..(full.Length / 2)], allowPartial: true);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors[^1].Line, Is.GreaterThan(0));
        Assert.That(h.DataFingerprint(), Is.EqualTo(before));
    }

    [Test]
    public void An_unrecognisable_file_says_to_name_the_format()
    {
        using var h = new PipelineHarness();

        var result = h.ImportText("notes.txt", "Dear analyst,\nthese are not statistics.\n");

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors[0].Reason, Does.Contain("could not be recognised"));
    }

    [Test]
    public void Allow_partial_stores_the_good_rows_and_records_the_bad_ones()
    {
        using var h = new PipelineHarness();

        var result = h.ImportText("mixed.csv", Header + "N00923,0180,2021,total,total,81.5\nN00923,Atlantis,2021,total,total,80\nN00923,1280,2021,total,total,79.9\n", allowPartial: true);

        Assert.That(result.Summary, Has.Property("Outcome").EqualTo(ImportOutcome.Partial)
            .And.Property("RowsRead").EqualTo(3).And.Property("RowsStored").EqualTo(2).And.Property("RowsRejected").EqualTo(1));
        Assert.That(h.Store.Read(c => BatchErrorsQuery.Run(c, result.Summary.BatchId)).Single().Line, Is.EqualTo(3));
    }

    [Test]
    public void Reimporting_is_idempotent_and_a_newer_file_updates_values_with_their_batch()
    {
        using var h = new PipelineHarness();
        var first = h.ImportText("v1.csv", Header + "N00923,0180,2021,total,total,81.5\nN00923,1280,2021,total,total,79.9\n");
        var fingerprint = h.DataFingerprint();

        var again = h.ImportText("v1.csv", Header + "N00923,0180,2021,total,total,81.5\nN00923,1280,2021,total,total,79.9\n");
        Assert.That((again.Summary.RowsStored, again.Summary.RowsChanged), Is.EqualTo((2L, 0L)));
        Assert.That(h.DataFingerprint(), Is.EqualTo(fingerprint));

        var newer = h.ImportText("v2.csv", Header + "N00923,0180,2021,total,total,81.6\nN00923,1280,2021,total,total,79.9\n");
        var rows = h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("N00923")).ToList()).ToDictionary(o => o.Area);
        Assert.That((rows["0180"].Value, rows["0180"].Batch), Is.EqualTo(((double?)81.6, newer.Summary.BatchId)));
        Assert.That(rows["1280"].Batch, Is.EqualTo(first.Summary.BatchId));
    }

    [Test]
    public void An_import_that_dies_half_way_leaves_the_store_as_it_was()
    {
        using var h = new PipelineHarness();
        h.ImportFile("kolada", "v2_flat_N00923_medellivslangd_man_by_geo_year.csv");
        var before = h.DataFingerprint();
        var content = File.ReadAllBytes(PipelineHarness.TestData("kolada", "v2_flat_N01951_invanare_totalt_by_geo_year.csv"));
        var opens = 0;
        // Detection and hashing read the file whole; the third open is the parse, which fails half-way.
        var source = new ImportSource("dies.csv", () => ++opens < 3 ? new MemoryStream(content) : new FailingStream(content, content.Length / 2));

        Assert.That(() => h.Service.Import(new IndicatorHub.Import.Pipeline.ImportRequest(source, ImportFormat.Auto, new ParseOptions())), Throws.InstanceOf<IOException>());
        Assert.That(h.DataFingerprint(), Is.EqualTo(before));
        Assert.That(h.Store.Read(c => BatchListQuery.Run(c)), Has.Count.EqualTo(1), "no batch is recorded for the dead import");
    }

    /// <summary>A stream that breaks like a pulled disk after <c>failAt</c> bytes.</summary>
    private sealed class FailingStream(byte[] content, int failAt) : MemoryStream(content, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= failAt)
            {
                throw new IOException("the device is gone");
            }

            return base.Read(buffer, offset, Math.Min(count, failAt - (int)Position));
        }

        public override int Read(Span<byte> buffer)
        {
            if (Position >= failAt)
            {
                throw new IOException("the device is gone");
            }

            return base.Read(buffer[..Math.Min(buffer.Length, failAt - (int)Position)]);
        }
    }
}
