using IndicatorHub.Core.Csv;

namespace IndicatorHub.Core.Tests.Sdg;

public sealed class SdgCsvTests
{
    [Test]
    public void Line_numbers_stay_right_after_a_quoted_field_with_line_breaks()
    {
        const string csv = "a,b\r\n1,\"two\r\nlines\"\r\n\r\n3,\"say \"\"hi\"\"\"\r\n";
        var records = CsvRecordReader.Read(new StringReader(csv)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 5 }), "the blank line 4 is skipped");
            Assert.That(records[1].Fields, Is.EqualTo(new[] { "1", "two\r\nlines" }));
            Assert.That(records[2].Fields, Is.EqualTo(new[] { "3", "say \"hi\"" }));
        });
    }

    [Test]
    public void Trailing_empty_field_and_missing_final_newline_are_kept()
    {
        var records = CsvRecordReader.Read(new StringReader("x,\n,y")).ToList();
        Assert.That(records.Select(r => r.Fields), Is.EqualTo(new[] { new[] { "x", "" }, new[] { "", "y" } }));
    }

    [TestCase("a,b\"c\n", "a quote appears inside an unquoted field")]
    [TestCase("\"a\"b\n", "text follows the closing quote of a field")]
    public void Malformed_quotes_are_syntax_errors(string csv, string message)
    {
        Assert.That(() => CsvRecordReader.Read(new StringReader(csv)).ToList(), Throws.TypeOf<CsvSyntaxException>().With.Message.EqualTo(message));
    }
}
