using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Web.Tests.Pages.Compare;

/// <summary>
/// /compare for the shipped example network on the seeded samples: every number and status the test expects is
/// read from samples/kolada and data/networks and worked out here, not taken from the code under test.
/// </summary>
public class ComparePageTests
{
    private const string Network = "healthy-cities-sverige-exempel";
    private const string Url = "/compare?network=" + Network + "&indicators=N00923,N00925";

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndicatorHub.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("IndicatorHub.sln not found");
    }

    /// <summary>The example network's members (SCB codes) from its file.</summary>
    private static List<string> Members() =>
        CsvRecordReader.Read(new StringReader(File.ReadAllText(RepoFile("data", "networks", Network + ".csv")))).Skip(1).Select(r => r.Fields[0]).ToList();

    /// <summary>SCB code → Kolada id: municipalities are the same, regions "14" are "0014".</summary>
    private static string Kolada(string code) => code.Length == 2 ? "00" + code : code;

    private static bool IsRegion(string koladaId) => koladaId.Length == 4 && koladaId.StartsWith("00", StringComparison.Ordinal) && koladaId != "0000";

    /// <summary>The quartile status by hand (type-7 quartiles, quartiles in the middle half), among municipalities or regions.</summary>
    private static string ExpectedStatus(Dictionary<(string Area, string Year), double> values, string koladaId, string year, bool english = false)
    {
        var region = IsRegion(koladaId);
        var sorted = values.Where(v => v.Key.Year == year && (region ? IsRegion(v.Key.Area) : SampleValues.IsMunicipality(v.Key.Area))).Select(v => v.Value).Order().ToArray();
        double Q(double p)
        {
            var h = (sorted.Length - 1) * p;
            var low = (int)Math.Floor(h);
            return low + 1 < sorted.Length ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
        }

        var value = values[(koladaId, year)];
        // Life expectancy: higher is better.
        return value > Q(0.75) ? (english ? "▲ Best quarter of municipalities" : "▲ Bästa fjärdedelen av kommunerna")
            : value < Q(0.25) ? (english ? "▼ Worst quarter of municipalities" : "▼ Sämsta fjärdedelen av kommunerna")
            : english ? "● Middle half of municipalities" : "● Mittersta hälften av kommunerna";
    }

    private static IReadOnlyList<string> RowOf(string html, string code) =>
        Html.Rows("<tr>" + Html.Elements(html, "tr").Single(r => r.InnerHtml.Contains($"href=\"/areas/{code}\"", StringComparison.Ordinal) || r.InnerHtml.Contains($"href=\"/areas/{code}?", StringComparison.Ordinal)).InnerHtml + "</tr>")[0];

    [Test]
    public async Task The_example_networks_matrix_shows_each_members_value_and_status_from_the_sample_files()
    {
        var men = SampleValues.Totals("N00923");
        var women = SampleValues.Totals("N00925");
        var members = Members();
        string Latest(Dictionary<(string Area, string Year), double> values) =>
            values.Keys.Where(k => members.Select(Kolada).Contains(k.Area)).Max(k => k.Year)!;
        var (menYear, womenYear) = (Latest(men), Latest(women));
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri(Url, UriKind.Relative));

        Assert.That(Html.Single(html, "caption").Text, Is.EqualTo("Healthy Cities Sverige (exempel): medlemmarnas värden och status jämfört med riket"));
        Assert.That(html, Does.Contain("Exempel:"), "the example is marked as one");
        foreach (var code in members)
        {
            var row = RowOf(html, code);
            var id = Kolada(code);
            Assert.That(row[1], Is.EqualTo(men.TryGetValue((id, menYear), out var m) ? $"{SampleValues.Shown(m)} {ExpectedStatus(men, id, menYear)}" : "– ○ Jämförs inte"), $"{code} N00923 {menYear}");
            Assert.That(row[2], Is.EqualTo(women.TryGetValue((id, womenYear), out var w) ? $"{SampleValues.Shown(w)} {ExpectedStatus(women, id, womenYear)}" : "– ○ Jämförs inte"), $"{code} N00925 {womenYear}");
        }

        var riket = Html.Row(html, "Riket");
        Assert.That(riket[1], Is.EqualTo(SampleValues.Shown(men[("0000", menYear)])));
        Assert.That(riket[2], Is.EqualTo(SampleValues.Shown(women[("0000", womenYear)])));
    }

    [Test]
    public async Task The_members_together_are_weighted_by_the_sample_populations()
    {
        var men = SampleValues.Totals("N00923");
        var population = SampleValues.Totals("N01951");
        var ids = Members().Select(Kolada).ToList();
        var year = men.Keys.Where(k => ids.Contains(k.Area)).Max(k => k.Year)!;
        var withValue = ids.Where(id => men.ContainsKey((id, year))).ToList();
        var weighted = withValue.All(id => population.ContainsKey((id, year)));
        var expected = weighted
            ? withValue.Sum(id => men[(id, year)] * population[(id, year)]) / withValue.Sum(id => population[(id, year)])
            : withValue.Average(id => men[(id, year)]);
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri(Url, UriKind.Relative));

        Assert.That(Html.Row(html, "Medlemmarna tillsammans")[1],
            Is.EqualTo($"{SampleValues.Shown(expected)} {(weighted ? "befolkningsviktat medel (N01951)" : "oviktat medel (befolkning saknas)")}"));
    }

    [Test]
    public async Task Sorting_by_an_indicator_orders_the_members_by_value_through_a_link_and_says_so()
    {
        var men = SampleValues.Totals("N00923");
        var ids = Members().ToDictionary(Kolada, c => c);
        var year = men.Keys.Where(k => ids.ContainsKey(k.Area)).Max(k => k.Year)!;
        var expected = ids.Keys.Where(id => men.ContainsKey((id, year))).OrderByDescending(id => men[(id, year)]).Select(id => ids[id]).ToList();
        using var client = SharedFactory.Client();

        var first = await client.GetStringAsync(new Uri(Url, UriKind.Relative));
        var link = Html.Elements(first, "a").Single(a => a["href"]!.Contains("sort=", StringComparison.Ordinal) && a.Text.StartsWith("Medellivslängd män", StringComparison.Ordinal))["href"]!;
        var ascending = await client.GetStringAsync(new Uri(link, UriKind.Relative));
        var descendingLink = Html.Elements(ascending, "a").Single(a => a["href"]!.Contains("sort=", StringComparison.Ordinal) && a.Text.StartsWith("Medellivslängd män", StringComparison.Ordinal))["href"]!;
        var html = await client.GetStringAsync(new Uri(descendingLink, UriKind.Relative));

        Assert.That(link, Does.Contain("sort=N00923").And.Not.Contain("dir=desc"), "ascending first");
        Assert.That(descendingLink, Does.Contain("sort=N00923").And.Contain("dir=desc"), "the same heading again reverses");
        var order = System.Text.RegularExpressions.Regex.Matches(Html.Elements(html, "tbody").Single().InnerHtml, "href=\"/areas/(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        // Equal values may come in either order here (the page breaks ties by name), so compare the values in page order.
        var byCode = ids.ToDictionary(p => p.Value, p => p.Key);
        Assert.That(order.Take(expected.Count).Select(code => men[(byCode[code], year)]), Is.EqualTo(expected.Select(code => men[(byCode[code], year)])), "highest first");
        Assert.That(order.Skip(expected.Count).All(code => !men.ContainsKey((byCode[code], year))), Is.True, "members without a value last");
        Assert.That(Html.Elements(html, "th").Single(th => th.Text.StartsWith("Medellivslängd män", StringComparison.Ordinal))["aria-sort"], Is.EqualTo("descending"));
    }

    [Test]
    public async Task In_English_the_page_words_statuses_and_rows_in_English()
    {
        var men = SampleValues.Totals("N00923");
        var year = men.Keys.Where(k => k.Area == "1280").Max(k => k.Year)!;
        using var client = SharedFactory.Client();

        var html = await client.GetStringAsync(new Uri(Url + "&culture=en", UriKind.Relative));

        Assert.That(Html.DocumentLang(html), Is.EqualTo("en"));
        Assert.That(Html.Single(html, "caption").Text, Is.EqualTo("Healthy Cities Sverige (exempel): the members' values and status compared with Sweden"));
        Assert.That(RowOf(html, "1280")[1], Does.StartWith(SampleValues.Shown(men[("1280", year)], "en-GB") + " ").And.EndWith(ExpectedStatus(men, "1280", year, english: true)));
        Assert.That(Html.Row(html, "Sweden")[1], Is.EqualTo(SampleValues.Shown(men[("0000", year)], "en-GB")));
        Assert.That(html, Does.Contain("href=\"/areas/1280?culture=en\""), "member links keep the language");
    }

    [Test]
    public async Task The_csv_holds_the_tables_values_and_statuses_in_the_same_order()
    {
        using var client = SharedFactory.Client();
        var html = await client.GetStringAsync(new Uri(Url + "&sort=N00925&dir=desc", UriKind.Relative));

        var response = await client.GetAsync(new Uri(Url.Replace("/compare?", "/compare.csv?", StringComparison.Ordinal) + "&sort=N00925&dir=desc", UriKind.Relative));
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var csv = CsvRecordReader.Read(new StringReader(text)).Select(r => r.Fields).ToList();

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csv[0], Is.EqualTo(new[] { "Kod", "Område", "N00923 värde", "N00923 period", "N00923 status", "N00925 värde", "N00925 period", "N00925 status" }));
        var tableRows = Html.Rows(Html.Elements(html, "tbody").Single().InnerHtml.Insert(0, "<x>")).ToList();
        var csvMembers = csv.Skip(1).Take(tableRows.Count).ToList();
        for (var i = 0; i < tableRows.Count; i++)
        {
            var row = tableRows[i];
            var record = csvMembers[i];
            Assert.That(record[1], Is.EqualTo(row[0]), "same order, same names");
            for (var c = 0; c < 2; c++)
            {
                var value = record[2 + c * 3];
                var shown = value.Length == 0 ? "–" : SampleValues.Shown(double.Parse(value, CultureInfo.InvariantCulture));
                Assert.That(row[1 + c], Does.StartWith(shown + " "), $"{record[1]} column {c}");
                Assert.That(row[1 + c], Does.EndWith(record[4 + c * 3]), "the status words");
            }
        }

        Assert.That(csv[^2][1], Is.EqualTo("Medlemmarna tillsammans"));
        Assert.That(csv[^1].Take(2), Is.EqualTo(new[] { "00", "Riket" }));
    }

    [Test]
    public async Task The_zip_holds_every_file_its_readme_names_and_each_opens()
    {
        using var client = SharedFactory.Client();

        var bytes = await client.GetByteArrayAsync(new Uri(Url.Replace("/compare?", "/compare.zip?", StringComparison.Ordinal), UriKind.Relative));

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var readmeReader = new StreamReader(zip.GetEntry("README.txt")!.Open());
        var readme = await readmeReader.ReadToEndAsync();
        var named = readme.Split("\r\n").Where(l => l.Length > 0 && !l.StartsWith(' ') && l.Contains('.', StringComparison.Ordinal) && !l.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.That(named, Does.Contain("matrix.csv").And.Contain("trend-N00923.png").And.Contain("trend-N00923.svg").And.Contain("trend-N00925.csv"));
        Assert.That(zip.Entries.Select(e => e.FullName).Where(n => n != "README.txt"), Is.EquivalentTo(named), "every file named, every name a file");
        foreach (var name in named)
        {
            using var stream = new MemoryStream();
            using (var entry = zip.GetEntry(name)!.Open())
            {
                await entry.CopyToAsync(stream);
            }

            var content = stream.ToArray();
            Assert.That(content, Is.Not.Empty, name);
            if (name.EndsWith(".png", StringComparison.Ordinal))
            {
                Assert.That(content[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), name);
            }
            else if (name.EndsWith(".svg", StringComparison.Ordinal))
            {
                var svg = XDocument.Load(new MemoryStream(content));
                Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"), name);
            }
            else
            {
                var records = CsvRecordReader.Read(new StringReader(System.Text.Encoding.UTF8.GetString(content).TrimStart('\uFEFF'))).ToList();
                Assert.That(records, Has.Count.GreaterThan(1), name + " has a header and rows");
            }
        }
    }

    [TestCase("/compare?network=atlantis", HttpStatusCode.NotFound, "Det finns inget nätverk som heter ”atlantis”.")]
    [TestCase("/compare?network=" + Network + "&indicators=N00923,NOPE", HttpStatusCode.NotFound, "Det finns ingen indikator ”NOPE”.")]
    [TestCase("/compare?network=" + Network + "&period=förra", HttpStatusCode.BadRequest, "”förra” är ingen period")]
    [TestCase("/compare?network=" + Network + "&sort=elefant", HttpStatusCode.BadRequest, "Kan inte sortera på ”elefant”")]
    [TestCase("/compare?network=" + Network + "&goal=18", HttpStatusCode.BadRequest, "”18” är inget mål")]
    [TestCase("/compare?network=" + Network + "&group=G92787", HttpStatusCode.BadRequest, "Välj bara ett av")]
    [TestCase("/compare?group=/etc/passwd.csv", HttpStatusCode.NotFound, "Det finns ingen kommungrupp")]
    [TestCase("/compare?areas=1280,Atlantis", HttpStatusCode.NotFound, "Det finns ingen kommun eller region ”Atlantis”.")]
    [TestCase("/compare?areas=Riket", HttpStatusCode.NotFound, "Det finns ingen kommun eller region ”Riket”.")]
    [TestCase("/compare?network=", HttpStatusCode.BadRequest, "Välj ett nätverk")]
    public async Task Bad_input_gets_its_status_and_the_reason_with_the_form(string url, HttpStatusCode status, string reason)
    {
        using var client = SharedFactory.Client();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(Html.Elements(html, "p", "role", "alert").Single().Text, Does.Contain(reason));
        Assert.That(html, Does.Contain("<form method=\"get\" action=\"/compare\""), "the form to try again");
    }

    [TestCase("/compare.csv?network=atlantis", HttpStatusCode.NotFound)]
    [TestCase("/compare.zip?network=" + Network + "&period=x", HttpStatusCode.BadRequest)]
    [TestCase("/charts/compare/trend.gif?network=" + Network + "&indicator=N00923", HttpStatusCode.BadRequest)]
    [TestCase("/charts/compare/trend.png?network=" + Network + "&indicator=NOPE", HttpStatusCode.NotFound)]
    [TestCase("/charts/compare/trend.png?network=" + Network, HttpStatusCode.BadRequest)]
    [TestCase("/compare/indicator?network=" + Network + "&indicator=NOPE", HttpStatusCode.NotFound)]
    [TestCase("/compare/agenda2030?network=atlantis", HttpStatusCode.NotFound)]
    [TestCase("/areas/atlantis/agenda2030", HttpStatusCode.NotFound)]
    public async Task Downloads_charts_and_the_other_views_refuse_bad_input_without_a_server_error(string url, HttpStatusCode status)
    {
        using var client = SharedFactory.Client();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task The_trend_chart_is_small_multiples_with_a_table_a_sentence_and_an_etag()
    {
        using var client = SharedFactory.Client();
        var html = await client.GetStringAsync(new Uri("/compare/indicator?network=" + Network + "&indicator=N00923", UriKind.Relative));
        var png = await client.GetAsync(new Uri("/charts/compare/trend.png?network=" + Network + "&indicator=N00923", UriKind.Relative));
        var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/charts/compare/trend.png?network=" + Network + "&indicator=N00923", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(png.Headers.ETag!);
        var notModified = await client.SendAsync(again);

        Assert.That(html, Does.Contain("src=\"/charts/compare/trend.svg?network=" + Network + "&amp;indicator=N00923\""));
        Assert.That(Html.Elements(html, "p", "class", "chart-summary").Single().Text, Does.StartWith("Ett litet diagram per medlem"));
        Assert.That(Html.Elements(html, "caption").Select(c => c.Text), Has.Some.Contains("Ojämlikhet mellan medlemmarna"));
        Assert.That(png.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task The_agenda_2030_summaries_count_every_indicator_once_per_goal()
    {
        using var client = SharedFactory.Client();

        var area = await client.GetStringAsync(new Uri("/areas/1280/agenda2030", UriKind.Relative));
        var network = await client.GetStringAsync(new Uri("/compare/agenda2030?network=" + Network, UriKind.Relative));

        var rows = Html.Rows(Html.Elements(area, "tbody").Single().InnerHtml.Insert(0, "<x>"));
        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            var n = row.Skip(1).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            Assert.That(n[1] + n[2] + n[3] + n[4], Is.EqualTo(n[0]), $"{row[0]}: every indicator has one position");
            Assert.That(n[5] + n[6] + n[7] + n[8], Is.EqualTo(n[0]), $"{row[0]}: every indicator has one progress");
        }

        var goal3 = rows.Single(r => r[0].StartsWith("Mål 3", StringComparison.Ordinal));
        var malmoColumn = Html.Elements(network, "th").Where(th => th["scope"] == "col").Select(th => th.Text).ToList().IndexOf("Malmö");
        var networkGoal3 = Html.Rows(network).First(r => r[0].StartsWith("Mål 3", StringComparison.Ordinal));
        Assert.That(networkGoal3[malmoColumn], Is.EqualTo($"{goal3[2]} / {goal3[3]} / {goal3[4]}"), "the network page shows Malmö's own counts");
    }
}
