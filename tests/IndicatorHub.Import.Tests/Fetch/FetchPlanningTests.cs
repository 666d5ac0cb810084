using IndicatorHub.Import.Fetch.Kolada;
using IndicatorHub.Import.Fetch.PxWeb;

namespace IndicatorHub.Import.Tests.Fetch;

/// <summary>How requests are cut before anything is sent.</summary>
public class FetchPlanningTests
{
    [Test]
    public void Kolada_urls_cut_26_kpis_into_25_and_1_and_ask_for_5000_per_page()
    {
        var kpis = Enumerable.Range(1, 26).Select(i => $"N{i:D5}").ToList();
        var request = new KoladaFetchRequest(KoladaEndpoint.Data, "/tmp") { MunicipalityIds = ["0180"], Years = [2021, 2020] };

        var urls = KoladaUrls.Build(request, kpis, new Uri("https://api.kolada.se/v3/"), 25, 5000);

        Assert.That(urls, Is.EqualTo(new[]
        {
            $"https://api.kolada.se/v3/data/kpi/{string.Join(',', kpis.Take(25))}/municipality/0180/year/2020,2021?per_page=5000",
            "https://api.kolada.se/v3/data/kpi/N00026/municipality/0180/year/2020,2021?per_page=5000",
        }));
    }

    [Test]
    public void Kolada_metadata_urls_name_their_endpoint()
    {
        var request = new KoladaFetchRequest(KoladaEndpoint.KpiGroups, "/tmp");

        Assert.That(KoladaUrls.Build(request, [], new Uri("https://api.kolada.se/v3"), 25, 5000), Is.EqualTo(new[] { "https://api.kolada.se/v3/kpi_groups?per_page=5000" }));
    }

    [Test]
    public void A_pxweb_selection_within_the_limit_is_one_part()
    {
        PxWebSelection[] selection = [new("Region", ["0180", "1480"]), new("Tid", ["2020", "2021"])];

        Assert.That(PxWebQuerySplitter.Split(selection, 4), Is.EqualTo(new[] { selection }));
    }

    [Test]
    public void A_pxweb_selection_over_the_limit_is_cut_on_its_widest_variable_into_parts_within_the_limit()
    {
        var regions = Enumerable.Range(0, 10).Select(i => $"R{i}").ToArray();
        PxWebSelection[] selection = [new("Region", regions), new("Tid", ["2020", "2021", "2022"])];

        var parts = PxWebQuerySplitter.Split(selection, 7);

        // 30 cells, at most 7 a part: Tid's 3 values leave room for 2 regions a part, so 5 parts of 6 cells.
        Assert.That(parts.Select(PxWebQuerySplitter.Cells), Is.EqualTo(new long[] { 6, 6, 6, 6, 6 }));
        Assert.That(parts.SelectMany(p => p[0].ValueCodes), Is.EqualTo(regions));
        Assert.That(parts.Select(p => p[1].ValueCodes), Is.All.EqualTo(new[] { "2020", "2021", "2022" }));
    }

    [Test]
    public void A_limit_smaller_than_one_variable_cuts_the_others_too()
    {
        PxWebSelection[] selection = [new("A", ["1", "2", "3", "4"]), new("B", ["x", "y", "z"])];

        var parts = PxWebQuerySplitter.Split(selection, 2);

        Assert.That(parts.Select(PxWebQuerySplitter.Cells), Is.All.LessThanOrEqualTo(2));
        var cells = parts.SelectMany(p => p[0].ValueCodes.SelectMany(a => p[1].ValueCodes.Select(b => a + b))).ToList();
        Assert.That(cells, Is.EquivalentTo(new[] { "1x", "1y", "1z", "2x", "2y", "2z", "3x", "3y", "3z", "4x", "4y", "4z" }));
    }
}
