using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace IndicatorHub.Cli.Tests.Commands.Report;

public class ReportCommandTests
{
    private static string Kolada(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", file);

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd().TrimStart('\uFEFF');
    }

    [Test]
    public void An_unknown_area_is_one_line_and_no_file()
    {
        using var cli = new CliRun();
        var output = Path.Combine(cli.Folder, "report.zip");

        var run = cli.Run(["report", "Atlantis", "--out", output]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Error, Is.EqualTo("indicatorhub report: Unknown area 'Atlantis'.\n"));
            Assert.That(Directory.GetFiles(cli.Folder, "*report*"), Is.Empty, "neither the ZIP nor a temporary file is left");
        });
    }

    [Test]
    public void An_out_path_that_cannot_be_written_is_one_line_before_any_work()
    {
        using var cli = new CliRun();
        var output = Path.Combine(cli.Folder, "no-such-folder", "report.zip");

        var run = cli.Run(["report", "1280", "--out", output]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Error, Does.StartWith($"indicatorhub report: cannot write '{output}': "));
            Assert.That(run.Error.TrimEnd('\n'), Does.Not.Contain('\n'), "one line, no stack trace");
            Assert.That(run.Error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void An_out_path_that_is_a_folder_is_refused()
    {
        using var cli = new CliRun();

        var run = cli.Run(["report", "1280", "--out", cli.Folder]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Error, Does.Contain("is a directory"));
            Assert.That(run.Error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
    }

    [TestCase("--culture", "de")]
    [TestCase("--goal", "18")]
    public void A_bad_option_is_a_usage_error(string option, string value)
    {
        using var cli = new CliRun();

        var run = cli.Run(["report", "1280", "--out", Path.Combine(cli.Folder, "r.zip"), option, value]);

        Assert.That(run.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void An_unknown_network_is_one_line()
    {
        using var cli = new CliRun();
        cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")]);

        var run = cli.Run(["report", "1280", "--out", Path.Combine(cli.Folder, "r.zip"), "--network", "Ingen sådan"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Is.EqualTo("indicatorhub report: Unknown network 'Ingen sådan'.\n"));
        });
    }

    [Test]
    public void With_a_network_each_indicator_is_compared_with_its_municipalities()
    {
        using var cli = new CliRun();
        var file = Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv");
        cli.Run(["import", file]);
        var output = Path.Combine(cli.Folder, "report.zip");

        var run = cli.Run(["report", "Malmö", "--out", output, "--network", "Healthy Cities Sverige (exempel)", "--culture", "en"]);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var zip = ZipFile.OpenRead(output);
        var readme = Entry(zip, "README.txt");
        var csv = Entry(zip, "03-N00923-network.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The sample file's values (Kolada ids = SCB codes for municipalities) of the network's municipalities in the
        // latest year Malmö has: read here from the file, not from the store.
        var rows = File.ReadLines(file).Skip(1).Select(l => l.Split(',')).Where(c => c[2].Length > 0).ToList();
        var latest = rows.Where(c => c[0] == "1280").Max(c => c[1])!;
        string[] municipalities = ["2580", "1281", "1488", "1280", "2080", "1490", "1283", "0580"];
        var expected = rows.Where(c => c[1] == latest && municipalities.Contains(c[0]))
            .ToDictionary(c => c[0], c => double.Parse(c[2], CultureInfo.InvariantCulture));
        var shown = csv.Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[1], c => double.Parse(c[3], CultureInfo.InvariantCulture));

        Assert.Multiple(() =>
        {
            Assert.That(run.Out, Does.Contain("compared in Healthy Cities Sverige (exempel)"));
            Assert.That(readme, Does.Contain("Network: Healthy Cities Sverige (exempel) ("));
            Assert.That(TestReadmeFiles(readme), Is.EquivalentTo(zip.Entries.Select(e => e.FullName)));
            Assert.That(csv[0], Is.EqualTo("Rank,Code,Municipality,Value,Marked"));
            Assert.That(shown, Is.EqualTo(expected), "each member municipality with its value from the sample file, and nothing else");
        });
    }

    private static List<string> TestReadmeFiles(string readme)
    {
        var lines = readme.Split("\r\n");
        var start = Array.IndexOf(lines, "Files:");
        Assert.That(start, Is.GreaterThanOrEqualTo(0));
        return lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]).ToList();
    }
}
