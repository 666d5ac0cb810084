using IndicatorHub.Core.Csv;

namespace IndicatorHub.Core.Tests.Csv;

public class CsvOutputWriterTests
{
    [Test]
    public void Cells_are_quoted_only_when_RFC_4180_needs_it_and_quotes_are_doubled()
    {
        var text = Write(w => w.Text("plain").Text("a,b").Text("say \"hi\"").Text("two\nlines").Text(" padded").Text(null).EndRow());

        Assert.That(text, Is.EqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\n"));
    }

    [TestCase("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [TestCase("+46 8 123", "'+46 8 123")]
    [TestCase("-1+1", "'-1+1")]
    [TestCase("@cmd", "'@cmd")]
    [TestCase("\tindented", "'\tindented")]
    [TestCase("\rreturn", "\"'\rreturn\"")]
    [TestCase("Malmö", "Malmö")]
    [TestCase("a=b", "a=b")]
    public void A_text_cell_that_a_spreadsheet_would_read_as_a_formula_gets_one_apostrophe(string cell, string written)
    {
        Assert.That(Write(w => w.Text(cell).EndRow()), Is.EqualTo(written + "\n"));
    }

    [Test]
    public void Numbers_are_invariant_round_trip_and_never_neutralised()
    {
        var text = Write(w => w.Number(-0.5).Number(0.1 + 0.2).Number(1234567.25).Number(null).Number(double.NaN).Number(double.PositiveInfinity).Integer(-3).Boolean(true).EndRow());

        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; round-trip keeps every digit.
        Assert.That(text, Is.EqualTo("-0.5,0.30000000000000004,1234567.25,,,,-3,true\n"));
    }

    [Test]
    public void A_header_is_one_row_of_names()
    {
        Assert.That(Write(w => w.WriteHeader(["indicator", "area", "value"])), Is.EqualTo("indicator,area,value\n"));
    }

    [TestCase("'=SUM(A1)", "=SUM(A1)")]
    [TestCase("'-0.5", "-0.5")]
    [TestCase("''=x", "'=x")]
    [TestCase("'plain", "'plain")]
    [TestCase("'", "'")]
    [TestCase("", "")]
    public void Restore_removes_exactly_one_apostrophe_before_a_formula_trigger(string cell, string restored)
    {
        Assert.That(CsvOutputWriter.Restore(cell), Is.EqualTo(restored));
    }

    [TestCase("=1+1")]
    [TestCase("'=already quoted")]
    [TestCase("''-two")]
    [TestCase("-minus")]
    [TestCase("ordinary")]
    public void Restore_undoes_Neutralise(string value)
    {
        Assert.That(CsvOutputWriter.Restore(CsvOutputWriter.Neutralise(value)), Is.EqualTo(value));
    }

    private static string Write(Action<CsvOutputWriter> write)
    {
        using var text = new StringWriter();
        write(new CsvOutputWriter(text));
        return text.ToString();
    }
}
