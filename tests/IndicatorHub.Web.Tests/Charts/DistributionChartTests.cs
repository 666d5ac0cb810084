using System.Globalization;
using System.Net;
using System.Text;

namespace IndicatorHub.Web.Tests.Charts;

/// <summary>/charts/indicators/{id}/distribution: the histogram of all municipalities, checked against the sample file.</summary>
public class DistributionChartTests
{
    private const string Year = "2020";

    [Test]
    public async Task Csv_bins_hold_every_municipality_of_the_sample_file_once_and_span_its_values()
    {
        var municipalities = SampleValues.Totals("N00923").Where(v => v.Key.Year == Year && SampleValues.IsMunicipality(v.Key.Area)).Select(v => v.Value).ToList();
        using var client = SharedFactory.Client();

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri($"/charts/indicators/N00923/distribution.csv?period={Year}", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("Från,Till,Antal kommuner"));
            Assert.That(rows.Sum(r => r[2]), Is.EqualTo(municipalities.Count), "every municipality in one bin");
            Assert.That(rows[0][0], Is.LessThanOrEqualTo(municipalities.Min()));
            Assert.That(rows[^1][1], Is.GreaterThan(municipalities.Max()));
            Assert.That(rows.Zip(rows.Skip(1)).All(p => p.First[1] == p.Second[0]), Is.True, "bins follow each other without gaps");
            Assert.That(rows.Select(r => Math.Round(r[1] - r[0], 9)).Distinct().Count(), Is.EqualTo(1), "equal widths");
        });
    }

    [Test]
    public async Task Png_and_svg_answer_with_the_chart_and_an_unknown_indicator_is_404()
    {
        using var client = SharedFactory.Client();

        var png = await client.GetByteArrayAsync(new Uri($"/charts/indicators/N00923/distribution.png?period={Year}&area=1280", UriKind.Relative));
        var svg = await client.GetStringAsync(new Uri($"/charts/indicators/N00923/distribution.svg?period={Year}&area=1280", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/charts/indicators/NOPE/distribution.png", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(png.AsSpan(0, 4).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
            Assert.That(svg, Does.Contain("fördelning mellan kommunerna").And.Contain("Antal kommuner").And.Contain("Malmö"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
