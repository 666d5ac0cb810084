extern alias cli;

using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using cli::IndicatorHub.Cli;

namespace IndicatorHub.Web.Tests.Pages.Areas;

/// <summary>The area report: the print page, its ZIP from the web, and the same ZIP from the CLI.</summary>
public class ReportTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The names the README lists under its files heading (the first word of each indented line).</summary>
    internal static List<string> ReadmeFiles(string readme, string heading)
    {
        var lines = readme.Split("\r\n");
        var start = Array.IndexOf(lines, heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the README has no '" + heading + "' heading");
        return lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]).ToList();
    }

    internal static byte[] Entry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Text(ZipArchive zip, string name) => Encoding.UTF8.GetString(Entry(zip, name)).TrimStart('\uFEFF');

    [Test]
    public async Task The_profile_links_once_to_the_report()
    {
        using var client = SharedFactory.Client();
        var html = await client.GetStringAsync(new Uri("/areas/1280", UriKind.Relative));

        Assert.That(html.Split("href=\"/areas/1280/report\"").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public async Task The_print_page_has_a_cover_a_section_per_goal_and_the_sources()
    {
        using var client = SharedFactory.Client();
        var html = await client.GetStringAsync(new Uri("/areas/1280/report", UriKind.Relative));
        var today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1 id=\"report-title\">Rapport för Malmö</h1>"));
            Assert.That(html, Does.Contain($"<time datetime=\"{today}\">"));
            // Goal 3 (N00923, N00925 …) and goal 16 (N05401) have sample data for Malmö; goal sections are in goal order.
            Assert.That(html.IndexOf("id=\"goal-3\"", StringComparison.Ordinal), Is.GreaterThan(0));
            Assert.That(html.IndexOf("id=\"goal-16\"", StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("id=\"goal-3\"", StringComparison.Ordinal)));
            Assert.That(html, Does.Contain("/charts/areas/1280/indicators/"));
            Assert.That(html, Does.Contain(".png?size=print\""));
            Assert.That(html, Does.Not.Contain("loading=\"lazy\""), "a printed page must not wait for images it never scrolls to");
            Assert.That(html, Does.Contain("id=\"sources\""));
            Assert.That(html, Does.Contain("report.zip"));
        });
    }

    [Test]
    public async Task One_goal_holds_all_its_indicators_and_the_sources_name_their_files()
    {
        using var client = SharedFactory.Client();
        var html = await client.GetStringAsync(new Uri("/areas/1280/report?goal=3", UriKind.Relative));
        var batches = await client.GetStringAsync(new Uri("/sources", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("id=\"goal-3\""));
            Assert.That(html, Does.Not.Contain("id=\"goal-16\""));
            Assert.That(html, Does.Contain("<code>N00923</code>"));
            Assert.That(html, Does.Contain("<code>N00925</code>"));
            // The file behind N00923's values, with its SHA-256 computed here from the sample file itself.
            var file = Path.Combine(SampleValues.SamplesFolder, "v2_flat_N00923_medellivslangd_man_by_geo_year.csv");
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            Assert.That(html, Does.Contain("v2_flat_N00923_medellivslangd_man_by_geo_year.csv"));
            Assert.That(html, Does.Contain(sha));
            Assert.That(batches, Does.Contain("v2_flat_N00923_medellivslangd_man_by_geo_year.csv"));
        });
    }

    [TestCase("/areas/1280/report?goal=18", HttpStatusCode.BadRequest)]
    [TestCase("/areas/1280/report?goal=tre", HttpStatusCode.BadRequest)]
    [TestCase("/areas/1280/report.zip?goal=0", HttpStatusCode.BadRequest)]
    [TestCase("/areas/9999/report", HttpStatusCode.NotFound)]
    [TestCase("/areas/9999/report.zip", HttpStatusCode.NotFound)]
    public async Task Bad_requests_get_a_reason_and_no_report(string path, HttpStatusCode status)
    {
        using var client = SharedFactory.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(status));
        if (status == HttpStatusCode.BadRequest)
        {
            Assert.That(body, Does.Contain("1 till 17"));
        }
    }

    [Test]
    public async Task Every_file_the_README_names_is_in_the_ZIP_and_opens()
    {
        using var client = SharedFactory.Client();
        using var response = await client.GetAsync(new Uri("/areas/1280/report.zip?goal=3", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var readme = Text(zip, "README.txt");
        var named = ReadmeFiles(readme, "Filer:");
        var page = await client.GetStringAsync(new Uri("/areas/1280/report?goal=3", UriKind.Relative));
        var chartCsvs = new List<(string Name, byte[] Url)>();
        foreach (var name in named.Where(n => n.EndsWith("-trend.csv", StringComparison.Ordinal) || n.EndsWith("-sex.csv", StringComparison.Ordinal)))
        {
            var code = name.Split('-')[1];
            var kind = name.EndsWith("-trend.csv", StringComparison.Ordinal) ? "trend" : "sex";
            chartCsvs.Add((name, await client.GetByteArrayAsync(new Uri($"/charts/areas/1280/indicators/{code}/{kind}.csv", UriKind.Relative))));
        }

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.StartWith("rapport-1280-mal3-"));
            Assert.That(readme, Does.StartWith("Rapport för Malmö, mål 3"));
            Assert.That(readme, Does.Contain("Datum: " + DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Assert.That(named, Is.EquivalentTo(zip.Entries.Select(e => e.FullName)), "the README names every file, and every file it names is there");
            Assert.That(named, Does.Contain("03-N00923-trend.png"));
            foreach (var name in named.Where(n => n.EndsWith(".png", StringComparison.Ordinal)))
            {
                var png = Entry(zip, name);
                Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(PngSignature), name);
                Assert.That(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), Is.EqualTo(2500).Within(2), name + " is drawn for print (800 px at 300 dpi)");
            }

            foreach (var name in named.Where(n => n.EndsWith(".svg", StringComparison.Ordinal)))
            {
                var svg = XDocument.Parse(Text(zip, name));
                var title = svg.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
                Assert.That(title, Is.Not.Empty, name);
                // The figure the SVG belongs to is named in the README with its heading, which starts with the chart's title.
                var line = readme.Split("\r\n").Single(l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
                Assert.That(line, Does.Contain(title!.Split(':')[0]), name);
            }

            // The ZIP's CSV is the chart's table: the same bytes as the chart URL's CSV.
            Assert.That(chartCsvs, Is.Not.Empty);
            foreach (var (name, url) in chartCsvs)
            {
                Assert.That(Entry(zip, name), Is.EqualTo(url), name);
            }

            Assert.That(page, Does.Contain("03-N00923-trend").Or.Contain("/charts/areas/1280/indicators/N00923/trend.png"));
        });
    }

    [Test]
    public async Task The_trend_CSV_holds_the_sample_file_values()
    {
        using var client = SharedFactory.Client();
        var bytes = await client.GetByteArrayAsync(new Uri("/areas/1280/report.zip?goal=3", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var lines = Text(zip, "03-N00923-trend.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var malmo = Array.IndexOf(header, "Malmö");
        var riket = Array.IndexOf(header, "Riket");
        var expected = SampleValues.Totals("N00923");

        Assert.Multiple(() =>
        {
            Assert.That(malmo, Is.EqualTo(1));
            Assert.That(riket, Is.GreaterThan(1));
            var years = 0;
            foreach (var line in lines.Skip(1))
            {
                var cells = line.Split(',');
                if (expected.TryGetValue(("1280", cells[0]), out var value))
                {
                    Assert.That(double.Parse(cells[malmo], CultureInfo.InvariantCulture), Is.EqualTo(value), cells[0]);
                    years++;
                }

                if (expected.TryGetValue(("0000", cells[0]), out var country))
                {
                    Assert.That(double.Parse(cells[riket], CultureInfo.InvariantCulture), Is.EqualTo(country), "riket " + cells[0]);
                }
            }

            Assert.That(years, Is.EqualTo(expected.Keys.Count(k => k.Area == "1280")), "every year of Malmö in the sample file is in the CSV");
        });
    }

    [Test]
    public async Task The_same_report_gives_the_same_bytes_and_a_304_on_its_ETag()
    {
        using var client = SharedFactory.Client();
        using var first = await client.GetAsync(new Uri("/areas/1280/report.zip?goal=16", UriKind.Relative));
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        var secondBytes = await client.GetByteArrayAsync(new Uri("/areas/1280/report.zip?goal=16", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/areas/1280/report.zip?goal=16", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request);
        using var english = await client.GetAsync(new Uri("/areas/1280/report.zip?goal=16&culture=en", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(secondBytes, Is.EqualTo(firstBytes));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(english.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag), "another language is another ZIP");
        });
    }

    [Test]
    public async Task In_English_the_README_and_tables_are_English()
    {
        using var client = SharedFactory.Client();
        var bytes = await client.GetByteArrayAsync(new Uri("/areas/1280/report.zip?goal=3&culture=en", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var readme = Text(zip, "README.txt");

        Assert.Multiple(() =>
        {
            Assert.That(readme, Does.StartWith("Report for Malmö, goal 3"));
            Assert.That(ReadmeFiles(readme, "Files:"), Is.EquivalentTo(zip.Entries.Select(e => e.FullName)));
            Assert.That(readme, Does.Contain("Batch "));
            Assert.That(Text(zip, "03-N00923-trend.csv"), Does.StartWith("Period,Malmö,Sweden"));
        });
    }

    [Test]
    public async Task The_CLI_writes_the_same_ZIP_as_the_web()
    {
        using var client = SharedFactory.Client();
        var web = await client.GetByteArrayAsync(new Uri("/areas/1280/report.zip?goal=16&culture=en", UriKind.Relative));
        var output = Path.Combine(SharedFactory.Instance.Folder, "cli-report.zip");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, _ => null, ErrorIsTerminal: false, () => new MemoryStream());

        var exit = CliApp.Run(["report", "1280", "--goal", "16", "--culture", "en", "--out", output, "--db", SharedFactory.Instance.DatabasePath], context);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), stderr.ToString());
            Assert.That(stdout.ToString(), Does.StartWith("Wrote " + output + ": Malmö (1280)"));
            Assert.That(File.ReadAllBytes(output), Is.EqualTo(web));
            Assert.That(Directory.GetFiles(SharedFactory.Instance.Folder, "*.tmp"), Is.Empty, "no temporary file is left");
        });
    }
}
