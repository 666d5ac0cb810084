using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;

namespace IndicatorHub.Web.Tests.Charts;

public class ChartEndpointTests
{
    private const string Trend = "/charts/areas/1280/indicators/N00923/trend";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    [Test]
    public async Task Png_has_the_signature_and_print_is_the_screen_layout_at_300_dpi()
    {
        using var client = SharedFactory.Client();

        using var screen = await client.GetAsync(new Uri(Trend + ".png", UriKind.Relative));
        var screenBytes = await screen.Content.ReadAsByteArrayAsync();
        var printBytes = await client.GetByteArrayAsync(new Uri(Trend + ".png?size=print", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(screen.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(screenBytes.AsSpan(0, 8).ToArray(), Is.EqualTo(PngSignature));
            Assert.That(printBytes.AsSpan(0, 8).ToArray(), Is.EqualTo(PngSignature));
            var (w, h) = PngSize(screenBytes);
            var (pw, ph) = PngSize(printBytes);
            Assert.That(w, Is.InRange(400, 2000));
            Assert.That(h, Is.GreaterThan(100));
            Assert.That(pw, Is.EqualTo(w * 3.125).Within(2), "print is the screen layout scaled to 300 dpi");
            Assert.That(ph, Is.EqualTo(h * 3.125).Within(2));
        });
    }

    [Test]
    public async Task Svg_is_well_formed_and_holds_the_title()
    {
        using var client = SharedFactory.Client();

        var svg = await client.GetStringAsync(new Uri(Trend + ".svg", UriKind.Relative));
        var document = XDocument.Parse(svg);

        Assert.Multiple(() =>
        {
            Assert.That(document.Root?.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(svg, Does.Contain("Medellivslängd män, år"));
        });
    }

    [Test]
    public async Task Csv_equals_the_table_beside_the_chart()
    {
        using var client = SharedFactory.Client();

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri(Trend + ".csv", UriKind.Relative))).TrimStart('\uFEFF');
        var html = await client.GetStringAsync(new Uri("/areas/1280/indicators/N00923", UriKind.Relative));
        var table = PageHtml.TableAfter(html, "trend-caption");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = ParseCsvLine(lines[0]);
        var headerCells = PageHtml.Cells(PageHtml.RowContaining(table, "scope=\"col\""));

        Assert.Multiple(() =>
        {
            Assert.That(headerCells, Has.Count.EqualTo(header.Count));
            Assert.That(header, Is.EqualTo(headerCells), "the CSV's header is the table's");
            Assert.That(lines, Has.Length.GreaterThan(10));
            foreach (var line in lines.Skip(1))
            {
                var cells = ParseCsvLine(line);
                var shown = PageHtml.Cells(PageHtml.RowContaining(table, $"<th scope=\"row\">{cells[0]}</th>"));
                var expected = cells.Select((c, i) => i == 0 ? c : c.Length == 0 ? "–"
                    : SampleValues.Shown(double.Parse(c, System.Globalization.CultureInfo.InvariantCulture))).ToList();
                Assert.That(shown, Is.EqualTo(expected), line);
            }
        });
    }

    [Test]
    public async Task Etag_round_trip_answers_304_and_the_cache_headers_say_revalidate()
    {
        using var client = SharedFactory.Client();

        using var first = await client.GetAsync(new Uri(Trend + ".svg", UriKind.Relative));
        var etag = first.Headers.ETag;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Trend + ".svg", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag!);
        using var second = await client.SendAsync(request);
        using var english = await client.GetAsync(new Uri(Trend + ".svg?culture=en", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(etag, Is.Not.Null);
            Assert.That(first.Headers.CacheControl?.Public, Is.True);
            Assert.That(first.Headers.CacheControl?.MustRevalidate, Is.True);
            Assert.That(first.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(english.Headers.ETag, Is.Not.EqualTo(etag), "the options are part of the ETag");
        });
    }

    [TestCase("/charts/areas/9999/indicators/N00923/trend.png", HttpStatusCode.NotFound)]
    [TestCase("/charts/areas/1280/indicators/NOPE/sex.svg", HttpStatusCode.NotFound)]
    [TestCase("/charts/indicators/NOPE/ranking.png", HttpStatusCode.NotFound)]
    [TestCase("/charts/areas/1280/indicators/N05401/equiplot/nosuch.png", HttpStatusCode.NotFound)]
    [TestCase("/charts/areas/1280/indicators/N00923/trend.gif", HttpStatusCode.BadRequest)]
    [TestCase("/charts/areas/1280/indicators/N00923/trend.png?size=huge", HttpStatusCode.BadRequest)]
    [TestCase("/charts/areas/1280/indicators/N00923/trend.png?size=print&size=screen", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_problem_details_never_500(string path, HttpStatusCode expected)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("   at "));
        });
    }

    [TestCase("/charts/indicators/N00923/ranking.csv?period=zzz&area=%3Cx%3E")]
    [TestCase("/charts/areas/0012/indicators/N00923/spine.svg")]
    [TestCase("/charts/areas/1280/indicators/N05401/equiplot/income_quintile.png")]
    [TestCase("/charts/areas/1280/indicators/N03920/sex.png?culture=en")]
    public async Task Every_chart_kind_answers(string path)
    {
        using var client = SharedFactory.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ranking_csv_marks_the_chosen_municipality()
    {
        using var client = SharedFactory.Client();

        var csv = await client.GetStringAsync(new Uri("/charts/indicators/N00923/ranking.csv?period=2020&area=1280", UriKind.Relative));

        Assert.That(csv.Split('\n').Count(l => l.Contains("1280", StringComparison.Ordinal) && l.Contains("Vald kommun", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    private static List<string> ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
