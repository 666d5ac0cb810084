using IndicatorHub.Import.Formats.Scb;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Tests.Formats.Scb;

[TestFixture]
public sealed class ScbCsvStreamingTests
{
    [Test]
    public void Ten_million_rows_are_read_lazily()
    {
        // About 350 MB if it were written out; the parser must give the first rows after reading a few buffers.
        var streams = new List<GeneratedCsvStream>();
        var source = new ImportSource("big.csv", () =>
        {
            var s = new GeneratedCsvStream(10_000_000);
            streams.Add(s);
            return s;
        });

        var first = new ScbCsvParser().Parse(source, new ParseOptions()).OfType<ParsedObservation>().Take(3).ToList();

        Assert.That(first.Select(o => (o.Area, o.Subgroup, o.Value)), Is.EqualTo(new[] { ("0180", "male", (double?)0), ("0180", "female", (double?)1), ("0180", "male", (double?)2) }));
        Assert.That(streams.Max(s => s.BytesRead), Is.LessThan(1 << 20), "only the sniffed head and the first buffers were read");
    }

    [Test]
    public void Text_decoding_works_in_this_process()
    {
        // Windows-1252 needs the code-pages provider; TextDecoding registers it on first use.
        Assert.That(TextDecoding.Windows1252.CodePage, Is.EqualTo(1252));
    }
}
