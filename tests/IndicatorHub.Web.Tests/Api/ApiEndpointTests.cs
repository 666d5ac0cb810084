using System.Globalization;
using System.Net;
using System.Text.Json;

namespace IndicatorHub.Web.Tests.Api;

/// <summary>Every /api/v1 endpoint against the seeded samples: numbers from the sample files, shapes from the OpenAPI document.</summary>
public sealed class ApiEndpointTests
{
    private static double Number(JsonElement e, string name) => e.GetProperty(name).GetDouble();

    private static string? Text(JsonElement e, string name) => e.GetProperty(name).GetString();

    [Test]
    public async Task Areas_list_every_municipality_of_the_samples_and_filters_by_kind()
    {
        var all = await ApiClient.GetChecked("/api/v1/areas", "/api/v1/areas");
        var municipalities = await ApiClient.GetChecked("/api/v1/areas?kind=municipality", "/api/v1/areas");
        var sampleMunicipalities = SampleValues.Totals("N00923").Keys.Select(k => k.Area).Where(SampleValues.IsMunicipality).ToHashSet();

        var codes = municipalities.EnumerateArray().Select(a => Text(a, "code")).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(sampleMunicipalities.Except(codes!), Is.Empty, "every municipality in the sample file is listed");
            Assert.That(municipalities.EnumerateArray().Select(a => Text(a, "kind")), Is.All.EqualTo("municipality"));
            Assert.That(all.GetArrayLength(), Is.GreaterThan(municipalities.GetArrayLength()), "riket and the regions too");
        });
    }

    [Test]
    public async Task One_area_by_code_or_name_and_404_naming_the_code()
    {
        var lund = await ApiClient.GetChecked("/api/v1/areas/Lund", "/api/v1/areas/{code}");

        Assert.That((Text(lund, "code"), Text(lund, "county_code"), Text(lund, "kind")), Is.EqualTo(("1281", "12", "municipality")));
        await ApiClient.AssertProblem("/api/v1/areas/9999", HttpStatusCode.NotFound, "code");
        await ApiClient.AssertProblem("/api/v1/areas?kind=planet", HttpStatusCode.BadRequest, "kind");
    }

    [Test]
    public async Task Indicators_page_and_search()
    {
        var page = await ApiClient.GetChecked("/api/v1/indicators?page_size=2&page=1", "/api/v1/indicators");
        var total = page.GetProperty("total").GetInt32();
        var search = await ApiClient.GetChecked("/api/v1/indicators?q=N00923", "/api/v1/indicators");
        var beyond = await ApiClient.GetChecked($"/api/v1/indicators?page_size=2&page={(total / 2) + 2}", "/api/v1/indicators");

        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(page.GetProperty("page_count").GetInt32(), Is.EqualTo((total + 1) / 2));
            Assert.That(search.GetProperty("items").EnumerateArray().Select(i => Text(i, "id")), Does.Contain("N00923"));
            Assert.That(beyond.GetProperty("items").GetArrayLength(), Is.Zero, "past the last page is empty, not the last page again");
        });
        await ApiClient.AssertProblem("/api/v1/indicators?page_size=0", HttpStatusCode.BadRequest, "page_size");
        await ApiClient.AssertProblem("/api/v1/indicators?page=abc", HttpStatusCode.BadRequest, "page");
    }

    [Test]
    public async Task One_indicator_with_its_metadata_and_sdg_link()
    {
        var indicator = await ApiClient.GetChecked("/api/v1/indicators/N00923", "/api/v1/indicators/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(Text(indicator, "id"), Is.EqualTo("N00923"));
            Assert.That(Text(indicator, "unit"), Is.EqualTo("år"));
            Assert.That(indicator.GetProperty("sdg").EnumerateArray().Select(l => l.GetProperty("goal").GetInt32()), Does.Contain(3));
        });
        await ApiClient.AssertProblem("/api/v1/indicators/NOPE1", HttpStatusCode.NotFound, "id");
    }

    [Test]
    public async Task Observations_of_one_indicator_and_area_are_the_sample_files_values()
    {
        var expected = SampleValues.Totals("N00923").Where(p => p.Key.Area == "1281").ToDictionary(p => p.Key.Year, p => p.Value);
        var page = await ApiClient.GetChecked("/api/v1/observations?indicator=N00923&area=1281", "/api/v1/observations");
        var items = page.GetProperty("items").EnumerateArray().Where(o => Text(o, "dimension") == "total").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(o => Text(o, "period")), Is.EquivalentTo(expected.Keys));
            foreach (var o in items)
            {
                Assert.That(Number(o, "value"), Is.EqualTo(expected[Text(o, "period")!]), Text(o, "period"));
                Assert.That(o.GetProperty("batch").GetInt64(), Is.GreaterThan(0));
            }

            Assert.That(page.GetProperty("next_cursor").ValueKind, Is.EqualTo(JsonValueKind.Null), "one page holds them all");
        });
    }

    [Test]
    public async Task Observations_of_one_indicator_for_all_areas_and_years_page_by_cursor_without_gaps_or_repeats()
    {
        var expected = SampleValues.Totals("N00923");
        var seen = new List<(string Area, string Period, double? Value)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = "/api/v1/observations?indicator=N00923&dimension=total&page_size=2000" + (cursor is null ? "" : "&cursor=" + cursor);
            var page = await ApiClient.GetChecked(url, "/api/v1/observations");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(o => (Text(o, "area")!, Text(o, "period")!, o.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : Number(o, "value"))));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 100);

        // Kolada ids and SCB codes differ only for riket (0000 → 00) and the regions (00xx → xx).
        static string Scb(string kolada) => kolada.StartsWith("00", StringComparison.Ordinal) ? kolada[2..] : kolada;
        var withValues = seen.Where(s => s.Value is not null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo((int)Math.Ceiling(seen.Count / 2000.0)));
            Assert.That(seen.Distinct().Count(), Is.EqualTo(seen.Count), "no row twice");
            Assert.That(withValues.Select(s => (s.Area, s.Period, s.Value!.Value)), Is.EquivalentTo(expected.Select(e => (e.Key.Area == "0000" ? "00" : Scb(e.Key.Area), e.Key.Year, e.Value))));
        });
    }

    [TestCase("/api/v1/observations?indicator=NOPE1", HttpStatusCode.NotFound, "indicator")]
    [TestCase("/api/v1/observations?area=Atlantis", HttpStatusCode.NotFound, "area")]
    [TestCase("/api/v1/observations?indicator=N00923&cursor=!!notacursor", HttpStatusCode.BadRequest, "cursor")]
    [TestCase("/api/v1/observations?indicator=N00923&cursor=YWJj", HttpStatusCode.BadRequest, "cursor")]
    [TestCase("/api/v1/observations?indicator=N00923&page_size=10001", HttpStatusCode.BadRequest, "page_size")]
    public async Task Observation_filters_that_name_nothing_or_are_malformed_are_problems(string url, HttpStatusCode status, string field)
    {
        await ApiClient.AssertProblem(url, status, field);
    }

    [Test]
    public async Task The_profile_is_the_web_profiles_latest_values()
    {
        var values = SampleValues.Totals("N00923");
        var latest = values.Keys.Where(k => k.Area == "1281").Max(k => k.Year)!;
        var profile = await ApiClient.GetChecked("/api/v1/areas/1281/profile", "/api/v1/areas/{code}/profile");
        var row = profile.GetProperty("indicators").EnumerateArray().Single(i => Text(i, "indicator") == "N00923");

        Assert.Multiple(() =>
        {
            Assert.That(Text(row.GetProperty("latest"), "period"), Is.EqualTo(latest));
            Assert.That(Number(row.GetProperty("latest"), "value"), Is.EqualTo(values[("1281", latest)]));
            Assert.That(Number(row.GetProperty("country"), "value"), Is.EqualTo(values[("0000", latest)]));
            Assert.That(Text(profile.GetProperty("area"), "name"), Is.EqualTo("Lund"));
        });
        await ApiClient.AssertProblem("/api/v1/areas/9999/profile", HttpStatusCode.NotFound, "code");
    }

    [Test]
    public async Task Measures_from_the_store_give_the_women_men_difference_of_the_sample()
    {
        var byGender = SampleValues.ByGender("N03920");
        var rows = await ApiClient.GetChecked("/api/v1/measures?indicator=N03920&area=1281&period=2022&measure=d", "/api/v1/measures");
        var d = rows.EnumerateArray().Single(r => Text(r, "dimension") == "sex" && Text(r, "measure") == "d");

        // HEAT's d for sex: women − men (4.251234 − 4.223085 in the by-gender file).
        Assert.That(Number(d, "estimate"), Is.EqualTo(byGender[("1281", "2022", "K")] - byGender[("1281", "2022", "M")]).Within(1e-9));
        await ApiClient.AssertProblem("/api/v1/measures", HttpStatusCode.BadRequest, "indicator");
        await ApiClient.AssertProblem("/api/v1/measures?indicator=N03920&measure=zz", HttpStatusCode.BadRequest, "measure");
        await ApiClient.AssertProblem("/api/v1/measures?indicator=N03920&group=/etc/passwd", HttpStatusCode.BadRequest, "group");
        await ApiClient.AssertProblem("/api/v1/measures?indicator=NOPE1", HttpStatusCode.NotFound, "indicator");
        await ApiClient.AssertProblem("/api/v1/measures?indicator=N03920&dimension=areas", HttpStatusCode.BadRequest, "dimension");
    }

    [Test]
    public async Task Sdg_goals_targets_and_mapping()
    {
        var goals = await ApiClient.GetChecked("/api/v1/sdg/goals", "/api/v1/sdg/goals");
        var targets = await ApiClient.GetChecked("/api/v1/sdg/targets?goal=3", "/api/v1/sdg/targets");
        var all = await ApiClient.GetChecked("/api/v1/sdg/targets", "/api/v1/sdg/targets");
        var mapping = await ApiClient.GetChecked("/api/v1/sdg/mapping?indicator=N00923", "/api/v1/sdg/mapping");
        await ApiClient.GetChecked("/api/v1/sdg/mapping", "/api/v1/sdg/mapping");

        Assert.Multiple(() =>
        {
            Assert.That(goals.EnumerateArray().Select(g => g.GetProperty("goal").GetInt32()), Is.EqualTo(Enumerable.Range(1, 17)));
            Assert.That(targets.EnumerateArray().Select(t => Text(t, "target")), Is.All.StartsWith("3."));
            Assert.That(all.GetArrayLength(), Is.EqualTo(169), "the UN's 169 targets");
            Assert.That(mapping.EnumerateArray().Select(m => (Text(m, "indicator"), m.GetProperty("goal").GetInt32())), Does.Contain(("N00923", 3)));
        });
        await ApiClient.AssertProblem("/api/v1/sdg/targets?goal=18", HttpStatusCode.BadRequest, "goal");
    }

    [Test]
    public async Task Sdg_coverage_and_progress()
    {
        var values = SampleValues.Totals("N00923");
        var latest = values.Keys.Where(k => k.Area == "1281").Max(k => k.Year)!;
        var coverage = await ApiClient.GetChecked("/api/v1/sdg/coverage?area=1281", "/api/v1/sdg/coverage");
        await ApiClient.GetChecked("/api/v1/sdg/coverage", "/api/v1/sdg/coverage");
        var progress = await ApiClient.GetChecked("/api/v1/sdg/progress?indicator=N00923&area=1281", "/api/v1/sdg/progress");

        Assert.Multiple(() =>
        {
            Assert.That(coverage.GetProperty("goals").GetArrayLength(), Is.EqualTo(17));
            Assert.That(Text(coverage, "scope"), Is.EqualTo("1281"));
            Assert.That(Number(progress, "base_value"), Is.EqualTo(values[("1281", "2015")]), "Open SDG's base year 2015");
            Assert.That(progress.GetProperty("current_year").GetInt32().ToString(CultureInfo.InvariantCulture), Is.EqualTo(latest));
            Assert.That(Number(progress, "current_value"), Is.EqualTo(values[("1281", latest)]));
        });
        await ApiClient.AssertProblem("/api/v1/sdg/progress", HttpStatusCode.BadRequest, "indicator");
        await ApiClient.AssertProblem("/api/v1/sdg/progress?indicator=NOPE1", HttpStatusCode.NotFound, "indicator");
        await ApiClient.AssertProblem("/api/v1/sdg/coverage?area=Atlantis", HttpStatusCode.NotFound, "area");
        await ApiClient.AssertProblem("/api/v1/sdg/coverage?periods=-1", HttpStatusCode.BadRequest, "periods");
    }

    [Test]
    public async Task Similar_municipalities_are_those_the_sample_files_give()
    {
        var year = SampleSimilarity.Year("1281", SampleSimilarity.DefaultIndicators);
        var expected = SampleSimilarity.Nearest("1281", year, SampleSimilarity.DefaultIndicators, [1, 2, 1], k: 5);
        var similar = await ApiClient.GetChecked("/api/v1/areas/1281/similar?indicators=N01982,N03920,N66077&weights=1,2,1&k=5", "/api/v1/areas/{code}/similar");

        Assert.Multiple(() =>
        {
            Assert.That(Text(similar, "year"), Is.EqualTo(year));
            Assert.That(similar.GetProperty("area_codes").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(expected.Select(e => e.Area)));
            Assert.That(similar.GetProperty("similar").EnumerateArray().Select(s => Number(s, "distance")), Is.EqualTo(expected.Select(e => e.Distance)).Within(1e-9));
        });
        await ApiClient.AssertProblem("/api/v1/areas/1281/similar?weights=1,-2,1", HttpStatusCode.BadRequest, "weights");
        await ApiClient.AssertProblem("/api/v1/areas/1281/similar?indicators=NOPE1", HttpStatusCode.NotFound, "indicators");
        await ApiClient.AssertProblem("/api/v1/areas/12/similar", HttpStatusCode.BadRequest, "code");
        await ApiClient.AssertProblem("/api/v1/areas/9999/similar", HttpStatusCode.NotFound, "code");
    }

    [Test]
    public async Task Networks_are_the_shipped_files_members()
    {
        var file = Path.Combine(Directory.GetParent(SampleValues.SamplesFolder)!.Parent!.FullName, "data", "networks", "healthy-cities-sverige-exempel.csv");
        var members = File.ReadLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal).ToList();
        var list = await ApiClient.GetChecked("/api/v1/networks", "/api/v1/networks");
        var slug = Text(list.EnumerateArray().Single(n => Text(n, "name") == "Healthy Cities Sverige (exempel)"), "slug");
        var network = await ApiClient.GetChecked("/api/v1/networks/" + slug, "/api/v1/networks/{slug}");

        Assert.Multiple(() =>
        {
            Assert.That(network.GetProperty("member_codes").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(members));
            Assert.That(network.GetProperty("is_example").GetBoolean(), Is.True);
        });
        await ApiClient.AssertProblem("/api/v1/networks/no-such-network", HttpStatusCode.NotFound, "slug");
    }
}
