namespace IndicatorHub.Cli.Tests.Faults;

/// <summary>Issue 11 at the command line: stdin, bounded error text, and one batch per line whatever its file name.</summary>
public class HostileCliTests
{
    private const string Header = "indicator,area,period,dimension,subgroup,value\n";

    private static string Kolada(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", file);

    [Test]
    public void Import_dash_reads_standard_input_once()
    {
        using var cli = new CliRun();
        using var stdin = new MemoryStream(File.ReadAllBytes(Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")));

        var result = cli.Run(["import", "-", "--db", cli.DatabasePath], withDb: false, stdin);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("-: kolada-csv: stored, batch 1"));
    }

    [Test]
    public void A_quoting_fault_is_printed_at_its_real_line_and_column()
    {
        using var cli = new CliRun();
        var bad = cli.WriteFile("quote.csv", Header + "N00923,0180,2021,total,total,81.5\nN00923,1280,2021,total,total,\"1\"2\n");

        var result = cli.Run(["import", bad]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain($"{bad}:3:6 (value): Text follows the closing quote"));
    }

    [Test]
    public void Error_text_for_a_10_MB_cell_stays_short()
    {
        using var cli = new CliRun();
        var bad = cli.WriteFile("huge.csv", Header + "N00923,0180,2021,total,total," + new string('9', 10_000_000) + "\n");

        var result = cli.Run(["import", bad]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Length, Is.LessThan(64 * 1024));
        Assert.That(result.Error, Does.Contain($"{bad}:2:6"));
    }

    [Test]
    public void A_mapping_file_with_100000_bad_columns_prints_a_bounded_message()
    {
        using var cli = new CliRun();
        var header = "indicator,goal," + string.Join(',', Enumerable.Range(0, 100_000).Select(i => "bad" + i));
        var rows = string.Concat(Enumerable.Range(0, 2000).Select(i => $"X{i},99\n"));
        var file = cli.WriteFile("mapping.csv", header + "\n" + rows);

        var result = cli.Run(["sdg", "import-mapping", file]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Length + result.Out.Length, Is.LessThan(64 * 1024));
    }

    [Test]
    public void A_file_name_with_a_newline_stays_on_one_line_in_list_batches()
    {
        using var cli = new CliRun();
        var name = cli.WriteFile("two\nlines.csv", File.ReadAllText(Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")));
        Assert.That(cli.Run(["import", name]).ExitCode, Is.Zero);
        Assert.That(cli.Run(["import", Kolada("v2_flat_N01951_invanare_totalt_by_geo_year.csv")]).ExitCode, Is.Zero);

        var lines = cli.Run(["list", "batches"]).Out.TrimEnd('\n').Split('\n');

        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines.Any(l => l.Contains("two\\nlines.csv", StringComparison.Ordinal)));
    }
}
