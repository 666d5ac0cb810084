using IndicatorHub.Core.Indicators;
using IndicatorHub.Storage.Imports;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Search;

namespace IndicatorHub.Storage.Tests.Queries.Search;

public class SiteSearchQueryTests
{
    [Test]
    public void A_name_or_code_names_one_area_exactly_and_partial_names_list_areas_in_any_case()
    {
        using var fixture = new StoreFixture();

        var malmo = fixture.Store.Read(c => SiteSearchQuery.Run(c, "malmö"));
        var orebro = fixture.Store.Read(c => SiteSearchQuery.Run(c, "örebro"));
        var blank = fixture.Store.Read(c => SiteSearchQuery.Run(c, "  "));

        Assert.That(malmo.Exact?.Area?.Code, Is.EqualTo("1280"));
        Assert.That(orebro.Areas.Select(a => a.Name), Is.SupersetOf(new[] { "Örebro", "Örebro län" }), "Ö folds to ö although SQLite's lower() would not");
        Assert.That(blank.Count, Is.Zero);
    }

    [Test]
    public void Indicators_match_by_id_or_title_and_the_list_pages()
    {
        using var fixture = new StoreFixture();
        using (var writer = fixture.Store.BeginImport(new ImportBatchStart("i.csv", "long-csv", "i")))
        {
            writer.MergeIndicator(new Indicator("A1", "Ohälsotal, dagar"));
            writer.MergeIndicator(new Indicator("B2", "Medellivslängd") { TitleEn = "Life expectancy" });
            writer.MergeIndicator(new Indicator("C3", "ÖVRIGT OHÄLSOTAL"));
            writer.Finish(3, 0, keepGoodRows: false, dryRun: false);
        }

        var byTitle = fixture.Store.Read(c => IndicatorListQuery.Run(c, "OHÄLSO"));
        var byEnglish = fixture.Store.Read(c => SiteSearchQuery.Run(c, "life"));
        var secondPage = fixture.Store.Read(c => IndicatorListQuery.Run(c, null, page: 2, pageSize: 2));

        Assert.That(byTitle.Items.Select(i => i.Id), Is.EqualTo(new[] { "A1", "C3" }));
        Assert.That(byEnglish.Indicators.Select(i => i.Id), Is.EqualTo(new[] { "B2" }));
        Assert.That((secondPage.Total, secondPage.Page, secondPage.PageCount), Is.EqualTo((3, 2, 2)));
        Assert.That(secondPage.Items.Select(i => i.Id), Is.EqualTo(new[] { "C3" }));
    }
}
