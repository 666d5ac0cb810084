using IndicatorHub.Core.Areas;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Tests.Pipeline;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Observations;

namespace IndicatorHub.Import.Tests.Hostile;

/// <summary>
/// Issue 11, class 4, import side: the long-CSV importer undoes exactly the neutralisation every CSV export
/// applies (a text cell starting with = + - @ tab or CR gets one leading apostrophe), and an export holding HEAT
/// settings outside Sweden imports into a fresh store. The neutralised text is written by hand here, as the
/// contract says, until the shared CSV writer lands.
/// </summary>
public class ExportRoundTripTests
{
    [TestCase("'=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")")]
    [TestCase("'+cmd|' /C calc'!A0", "+cmd|' /C calc'!A0")]
    [TestCase("'-2+3", "-2+3")]
    [TestCase("'@SUM(A1:A2)", "@SUM(A1:A2)")]
    [TestCase("''=x", "'=x")]
    [TestCase("'abc", "'abc")]
    [TestCase("'", "'")]
    [TestCase("a'=b", "a'=b")]
    public void Undo_removes_exactly_the_one_apostrophe_the_export_added(string cell, string original)
    {
        Assert.That(LongCsvNeutralisation.Undo(cell).ToString(), Is.EqualTo(original));
    }

    [TestCase("=1+1")]
    [TestCase("'=x")]
    [TestCase("''@y")]
    [TestCase("-")]
    [TestCase("'plain")]
    public void Whatever_the_export_writes_imports_as_the_original(string original)
    {
        Assert.That(LongCsvNeutralisation.Undo(IndicatorHub.Core.Csv.CsvOutputWriter.Neutralise(original)).ToString(), Is.EqualTo(original));
    }

    [Test]
    public void Neutralised_text_cells_import_as_the_original_text_and_numbers_stay_numbers()
    {
        using var h = new PipelineHarness();
        var text = "indicator,area,period,dimension,subgroup,value,status\n" +
                   "'=EVIL,0180,2021,'@dim,'+sub,-0.5,'-\n" +
                   "'x,0180,2021,total,total,1,\n";

        var result = h.ImportText("neutralised.csv", text, ImportFormat.LongCsv);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored), () => string.Join("\n", result.Summary.Errors.Select(e => e.Reason)));
        var evil = h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("=EVIL")).ToList()).Single();
        Assert.That((evil.Dimension, evil.Subgroup, evil.Value, evil.Status), Is.EqualTo(("@dim", "+sub", (double?)-0.5, "-")));
        Assert.That(h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("'x")).ToList()).Single().Value, Is.EqualTo(1), "an apostrophe before other text is data");
    }

    [Test]
    public void An_export_with_HEAT_settings_outside_Sweden_imports_into_a_fresh_store()
    {
        // The rows an export of the HEAT fixture holds: area IDN (Indonesia, kind other), which a fresh store lacks.
        using var h = new PipelineHarness();
        var text = "indicator,area,period,dimension,subgroup,value,status,se,ci_lb,ci_ub,population,batch\n" +
                   "anc1,IDN,2017,Subnational region,yogyakarta,97.662567138671903,,,90.657257080078097,99.447235107421903,126.87433624267599,7\n" +
                   "anc1,IDN,2017,Subnational region,bali,96.5,,,,,,7\n";

        var result = h.ImportText("heat_export.csv", text, ImportFormat.LongCsv);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored), () => string.Join("\n", result.Summary.Errors.Select(e => e.Reason)));
        Assert.That(h.Store.Read(AreaListQuery.Run).Single(a => a.Code == "IDN").Kind, Is.EqualTo(AreaKind.Other));
        Assert.That(h.Store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter("anc1")).ToList()).Count, Is.EqualTo(2));
    }

    [Test]
    public void A_store_that_knows_the_setting_keeps_its_name()
    {
        using var h = new PipelineHarness();
        h.ImportFile("heat", "heatplus_v6_template_example_IDN2017_anc1_by_region.csv");
        var name = h.Store.Read(AreaListQuery.Run).Single(a => a.Code == "IDN").Name;

        var result = h.ImportText("again.csv", "indicator,area,period,dimension,subgroup,value\nanc2,IDN,2017,total,total,50\n", ImportFormat.LongCsv);

        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Stored));
        Assert.That(h.Store.Read(AreaListQuery.Run).Single(a => a.Code == "IDN").Name, Is.EqualTo(name).And.EqualTo("Indonesia"));
    }
}
