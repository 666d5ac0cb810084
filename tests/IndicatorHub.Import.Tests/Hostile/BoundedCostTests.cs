using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Tests.Pipeline;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Batches;

namespace IndicatorHub.Import.Tests.Hostile;

/// <summary>
/// Issue 11, class 2: every cost is bounded. An endless input is read only so far before it is refused (the
/// stream below fails the test if read past its budget, so a regression fails instead of hanging), error text
/// quotes excerpts, and a stream that can be read once (stdin, a pipe) is read once.
/// </summary>
public class BoundedCostTests
{
    private const long Budget = 8L << 20;

    [Test]
    public void Detection_on_an_endless_stream_of_zeros_reads_a_bounded_prefix()
    {
        using var h = new HostileInputHarness();
        using var zeros = new EndlessZeros(Budget);
        using var source = ImportSource.FromStream("/dev/zero", zeros);

        var result = h.Import(source);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors[0].Reason, Does.Contain("could not be recognised"));
        Assert.That(zeros.BytesRead, Is.LessThanOrEqualTo(ImportSource.HeadBytes), "only the sniffed head was read");
        h.AssertStoreUnchanged();
    }

    [TestCase(ImportFormat.LongCsv)]
    [TestCase(ImportFormat.KoladaCsv)]
    [TestCase(ImportFormat.HeatCsv)]
    [TestCase(ImportFormat.ScbCsv)]
    [TestCase(ImportFormat.Px)]
    [TestCase(ImportFormat.KoladaJson)]
    [TestCase(ImportFormat.PxWebJson)]
    public void A_named_format_on_an_endless_stream_is_refused_after_a_bounded_read(ImportFormat format)
    {
        using var h = new HostileInputHarness();
        using var zeros = new EndlessZeros(Budget * 10);
        using var source = ImportSource.FromStream("/dev/zero", zeros);

        var result = h.Import(source, format);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected), format.ToString());
        Assert.That(result.Summary.Errors.Sum(e => e.Reason.Length + (e.Field?.Length ?? 0)), Is.LessThan(64 * 1024), "bounded error text");
        h.AssertStoreUnchanged();
    }

    [Test]
    public void One_line_of_256_MiB_is_refused_at_line_1_without_reading_it_all()
    {
        using var h = new HostileInputHarness();
        using var stream = new EndlessBytes((byte)'a', Budget);
        using var source = ImportSource.FromStream("one-line.csv", stream);

        var result = h.Import(source, ImportFormat.LongCsv);

        h.AssertRejected(result, 1, 1, "longer than");
    }

    [Test]
    public void A_10_MB_cell_is_quoted_as_a_short_excerpt()
    {
        using var h = new HostileInputHarness();
        var text = HostileInputHarness.LongCsvHeader + "N00923,0180,2021,total,total," + new string('9', 60_000) + "x\n";

        var result = h.Import("long_value.csv", HostileInputHarness.Utf8(text), Parsing.ImportFormat.LongCsv);

        var error = h.AssertRejected(result, 2, 6, "not a number");
        Assert.That(error.Reason.Length, Is.LessThan(700));
        Assert.That(error.Reason, Does.Contain("60,001 characters"));
    }

    [Test]
    public void A_header_of_100000_unknown_columns_gives_a_bounded_message()
    {
        using var h = new HostileInputHarness();
        var header = string.Join(',', Enumerable.Range(0, 100_000).Select(i => "unknown" + i));
        var text = "indicator,area,period," + header + "\n";

        var result = h.Import("wide.csv", HostileInputHarness.Utf8(text), ImportFormat.LongCsv);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(result.Summary.Errors.Sum(e => e.Reason.Length + (e.Field?.Length ?? 0)), Is.LessThan(64 * 1024));
        h.AssertStoreUnchanged();
    }

    [Test]
    public void A_stream_that_can_be_read_once_imports_and_is_hashed_as_read()
    {
        using var h = new HostileInputHarness();
        var path = PipelineHarness.TestData("kolada", "v2_flat_N01951_invanare_totalt_by_geo_year.csv");
        var bytes = File.ReadAllBytes(path);
        using var once = new ReadOnceStream(bytes);
        using var source = ImportSource.FromStream("-", once);

        var result = h.Import(source);
        var fromFile = new HostileInputHarness().Import("same.csv", bytes);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        Assert.That(result.Summary.RowsStored, Is.EqualTo(fromFile.Summary.RowsStored).And.GreaterThan(0));
        var batch = h.Pipeline.Store.Read(c => BatchListQuery.Run(c)).Single(b => b.Id == result.Summary.BatchId);
        Assert.That(batch.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    [Test]
    public void A_named_pipe_is_read_once()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("named pipes are made with mkfifo on Linux");
        }

        using var h = new HostileInputHarness();
        var folder = Directory.CreateTempSubdirectory("indicatorhub-fifo-").FullName;
        try
        {
            var fifo = Path.Combine(folder, "pipe.csv");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            {
                mkfifo.WaitForExit();
            }

            var bytes = File.ReadAllBytes(PipelineHarness.TestData("kolada", "v2_flat_N01951_invanare_totalt_by_geo_year.csv"));

            // A writer that opens the pipe once: a second open by the importer would wait for ever, and a writer
            // that is never read from would too, so the test's outcome shows in the store either way.
            var writer = Task.Run(() => File.WriteAllBytes(fifo, bytes));
            using var source = ImportSource.FromFile(fifo);
            var result = h.Import(source);
            writer.Wait(TimeSpan.FromMinutes(1));

            Assert.That(source.IsReadOnce, "a FIFO is no regular file");
            Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored), () => string.Join("\n", result.Summary.Errors.Select(e => e.Reason)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Zeros for ever; reading past <c>budget</c> bytes fails the test.</summary>
    private sealed class EndlessZeros(long budget) : EndlessBytes(0, budget);

    private class EndlessBytes(byte value, long budget) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (BytesRead >= budget)
            {
                throw new AssertionException($"read past the budget of {budget} bytes: the cost is not bounded");
            }

            var n = (int)Math.Min(buffer.Length, budget - BytesRead);
            buffer[..n].Fill(value);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Like stdin: no seeking, and a second pass is impossible (it would find the stream at its end).</summary>
    private sealed class ReadOnceStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("read once");
    }
}
