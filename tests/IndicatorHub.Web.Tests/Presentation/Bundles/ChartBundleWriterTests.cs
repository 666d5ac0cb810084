using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using IndicatorHub.Charts;
using IndicatorHub.Presentation.Bundles;
using IndicatorHub.Presentation.Charts;

namespace IndicatorHub.Web.Tests.Presentation.Bundles;

public class ChartBundleWriterTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Hand-made: two years of one area against riket, with a missing value in 2021 for riket.
    private static BuiltChart Chart()
    {
        var data = new TrendChartData(
            new ChartCaption("Medellivslängd", "år", "Lund", "2020–2021", "Källa: test"),
            [
                new TrendSeries("Lund", SeriesRole.Area, [new TrendPoint(2020, "2020", 82.5, null, null), new TrendPoint(2021, "2021", -1.25, null, null)]),
                new TrendSeries("Riket", SeriesRole.Country, [new TrendPoint(2020, "2020", 81, null, null), new TrendPoint(2021, "2021", null, null, null)]),
            ]);
        return new BuiltChart("Medellivslängd", data.ToTable(), o => ChartRenderer.Render(data, o));
    }

    private static byte[] Write(Action<ChartBundleWriter> add)
    {
        using var output = new MemoryStream();
        using (var writer = new ChartBundleWriter(output, CultureInfo.GetCultureInfo("sv-SE")))
        {
            add(writer);
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Test]
    public void A_chart_becomes_a_png_an_svg_and_its_table_as_csv()
    {
        var names = new List<string>();
        var bytes = Write(w => names.AddRange(w.AddChart("01-lund-trend", Chart())));
        using var zip = new ZipArchive(new MemoryStream(bytes));

        var png = Read(zip, "01-lund-trend.png");
        var svg = Encoding.UTF8.GetString(Read(zip, "01-lund-trend.svg"));
        var csv = Encoding.UTF8.GetString(Read(zip, "01-lund-trend.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(new[] { "01-lund-trend.png", "01-lund-trend.svg", "01-lund-trend.csv" }));
            Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(names));
            Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(PngSignature));
            Assert.That(XDocument.Parse(svg).Root?.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(svg, Does.Contain("Medellivslängd"));
            // By hand from the points above: invariant numbers, an empty cell for the missing value, BOM first.
            Assert.That(csv, Is.EqualTo("\uFEFFperiod,Lund,Riket\n2020,82.5,81\n2021,-1.25,\n"));
        });
    }

    [Test]
    public void The_png_is_drawn_for_print_unless_told_otherwise()
    {
        var print = Write(w => w.AddChart("a", Chart()));
        var screen = Write(w => w.AddChart("a", Chart(), ChartSize.Screen));
        using var printZip = new ZipArchive(new MemoryStream(print));
        using var screenZip = new ZipArchive(new MemoryStream(screen));

        static int Width(byte[] png) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        Assert.That(Width(Read(printZip, "a.png")), Is.EqualTo(Width(Read(screenZip, "a.png")) * 3.125).Within(2));
    }

    [Test]
    public void The_same_content_gives_the_same_bytes_with_fixed_timestamps()
    {
        void Add(ChartBundleWriter w)
        {
            w.AddChart("chart", Chart());
            w.AddText("README.txt", "Rad ett\nRad två");
        }

        var first = Write(Add);
        Thread.Sleep(2100); // past the ZIP format's two-second clock, so a timestamp taken from the clock would differ
        var second = Write(Add);
        using var zip = new ZipArchive(new MemoryStream(first));
        using var again = new ZipArchive(new MemoryStream(second));

        Assert.Multiple(() =>
        {
            foreach (var entry in zip.Entries)
            {
                Assert.That(Read(again, entry.FullName), Is.EqualTo(Read(zip, entry.FullName)), entry.FullName);
            }

            Assert.That(second, Is.EqualTo(first));
            Assert.That(zip.Entries.Select(e => e.LastWriteTime.Year).Distinct(), Is.EqualTo(new[] { 1980 }));
            Assert.That(Encoding.UTF8.GetString(Read(zip, "README.txt")), Is.EqualTo("Rad ett\r\nRad två"));
        });
    }

    [TestCase("../evil.txt")]
    [TestCase("/etc/passwd")]
    [TestCase("a\\b.txt")]
    [TestCase("C:/x.txt")]
    [TestCase("folder/")]
    [TestCase("")]
    public void A_name_outside_the_zip_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => Write(w => w.AddText(name, "x")));
    }

    [Test]
    public void A_name_twice_is_refused_even_in_other_case()
    {
        Assert.Throws<ArgumentException>(() => Write(w =>
        {
            w.AddText("README.txt", "x");
            w.AddText("readme.TXT", "y");
        }));
    }

    [TestCase("Göteborg (stad)", "Göteborg-stad")]
    [TestCase("N00923", "N00923")]
    [TestCase("../..", "file")]
    [TestCase("a / b", "a-b")]
    public void Name_parts_keep_letters_and_digits(string text, string expected)
    {
        Assert.That(ChartBundleWriter.NamePart(text), Is.EqualTo(expected));
    }
}
