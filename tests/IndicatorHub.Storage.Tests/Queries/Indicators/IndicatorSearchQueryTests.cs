using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Indicators;

namespace IndicatorHub.Storage.Tests.Queries.Indicators;

public class IndicatorSearchQueryTests
{
    private static StoreFixture WithIndicators()
    {
        var fixture = new StoreFixture();
        using var writer = fixture.Store.BeginImport(new ImportBatchStart("meta.csv", "kolada-csv", "m"));
        writer.MergeIndicator(new Indicator("N00923", "Medellivslängd män, år") { OperatingArea = "Bakgrund,Hälso- och sjukvård" });
        writer.MergeIndicator(new Indicator("N00925", "Medellivslängd kvinnor, år") { OperatingArea = "Bakgrund,Hälso- och sjukvård" });
        writer.MergeIndicator(new Indicator("N01951", "Invånare totalt, antal") { DividedByGender = true, OperatingArea = "Befolkning" });
        writer.MergeIndicator(new Indicator("U01405", "Invånare med bra självskattat hälsotillstånd, andel (%)") { DividedByGender = true, OperatingArea = "Folkhälsa" });
        writer.MergeIndicator(new Indicator("ÅTEST1", "ÅRSARBETARE 100% test"));
        writer.ResolveIndicator("X00001");
        writer.Finish(0, 0, keepGoodRows: false, dryRun: false);
        return fixture;
    }

    [Test]
    public void Every_word_must_occur_in_the_code_title_or_operating_area_in_any_case()
    {
        using var fixture = WithIndicators();

        var page = IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch("medellivslängd HÄLSO"));

        Assert.That(page.Rows.Select(r => r.Code), Is.EqualTo(new[] { "N00923", "N00925" }));
        Assert.That(page.TotalCount, Is.EqualTo(2));
        Assert.That(IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch("årsarbetare")).Rows.Single().Code, Is.EqualTo("ÅTEST1"),
            "å typed in lower case finds Å in an upper-case title");
        Assert.That(IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch("0%")).Rows.Single().Code, Is.EqualTo("ÅTEST1"),
            "% is a character to find, not a wildcard");
    }

    [Test]
    public void Pages_count_every_match_and_filters_combine()
    {
        using var fixture = WithIndicators();

        var second = IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch(Limit: 2, Offset: 2));
        var bySex = IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch("invånare", DividedByGender: true, Limit: 1));
        var waiting = IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch(NeedsMetadata: true));

        Assert.That(second.Rows.Select(r => r.Code), Is.EqualTo(new[] { "N01951", "U01405" }));
        Assert.That((second.TotalCount, second.Offset), Is.EqualTo((6, 2)));
        Assert.That(bySex.Rows.Select(r => r.Code), Is.EqualTo(new[] { "N01951" }));
        Assert.That(bySex.TotalCount, Is.EqualTo(2));
        Assert.That(waiting.Rows.Select(r => (r.Code, r.Title, r.NeedsMetadata)), Is.EqualTo(new[] { ("X00001", "X00001", true) }));
        Assert.That(() => IndicatorSearchQuery.Run(fixture.Connection, new IndicatorSearch(Limit: 0)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
