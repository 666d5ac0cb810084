namespace IndicatorHub.Cli.Tests.Commands.Import;

public class ImportCommandTests
{
    private static string Kolada(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", file);

    [Test]
    public void Prints_the_detected_format_and_the_row_counts_and_exits_0()
    {
        using var cli = new CliRun();

        var result = cli.Run(["import", Kolada("v2_flat_U01405_sjalvskattad_halsa_by_geo_gender_year.csv")]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain(": kolada-csv: stored, batch 1"));
        // 8 736 data rows, 2 448 of them with an empty value cell (counted with awk): read, counted, not stored.
        Assert.That(result.Out, Does.Contain("rows read 8736, stored 6288 (6288 new or changed), rejected 0, empty cells 2448 (no value, not stored)"));
    }

    [Test]
    public void A_rejected_file_prints_file_line_column_and_reason_and_exits_1()
    {
        using var cli = new CliRun();
        var bad = cli.WriteFile("bad.csv", "indicator,area,period,dimension,subgroup,value\nN00923,0180,2021,total,total,81.5\nN00923,Atlantis,2021,total,total,80\n");

        var result = cli.Run(["import", bad]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("REJECTED, nothing stored"));
        Assert.That(result.Error, Does.Contain($"{bad}:3:2 (area): unknown area 'Atlantis'"));
        Assert.That(cli.Run(["export", "observations"]).Out.Trim().Split('\n'), Has.Length.EqualTo(1), "only the header: nothing stored");
    }

    [Test]
    public void Only_the_first_errors_are_printed_and_all_are_kept_with_the_batch()
    {
        using var cli = new CliRun();
        var rows = string.Concat(Enumerable.Range(0, 25).Select(i => $"N00923,Atlantis{i},2021,total,total,80\n"));
        var bad = cli.WriteFile("many.csv", "indicator,area,period,dimension,subgroup,value\n" + rows);

        var result = cli.Run(["import", bad]);
        var kept = cli.Run(["list", "errors", "1"]);

        Assert.That(result.Error.Split('\n').Count(l => l.Contains("unknown area", StringComparison.Ordinal)), Is.EqualTo(10));
        Assert.That(result.Error, Does.Contain("… and 15 more"));
        Assert.That(kept.Out.Trim().Split('\n'), Has.Length.EqualTo(25));
    }

    [Test]
    public void Allow_partial_and_dry_run()
    {
        using var cli = new CliRun();
        var mixed = cli.WriteFile("mixed.csv", "indicator,area,period,dimension,subgroup,value\nN00923,0180,2021,total,total,81.5\nN00923,Atlantis,2021,total,total,80\n");

        var dry = cli.Run(["import", mixed, "--dry-run"]);
        var partial = cli.Run(["import", mixed, "--allow-partial"]);

        Assert.That(dry.ExitCode, Is.EqualTo(1));
        Assert.That(dry.Out, Does.Contain("invalid (dry run, nothing stored)"));
        Assert.That(partial.ExitCode, Is.Zero);
        Assert.That(partial.Out, Does.Contain("stored in part"));
        Assert.That(cli.Run(["list", "batches"]).Out.Trim().Split('\n'), Has.Length.EqualTo(1), "a dry run records no batch");
    }

    [Test]
    public void An_scb_csv_takes_its_indicator_from_the_option()
    {
        using var cli = new CliRun();
        var scb = cli.WriteFile("scb.csv", "\"Folkmängd efter region, kön och år\"\n\n\"region\",\"kön\",\"2019\"\n\"0180 Stockholm\",\"kvinnor\",490870\n\"0180 Stockholm\",\"män\",483203\n");

        var result = cli.Run(["import", scb, "--format", "scb-csv", "--indicator", "N01951"]);
        var export = cli.Run(["export", "observations", "--indicator", "N01951"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error + result.Out);
        Assert.That(export.Out, Does.Contain("N01951,0180,2019,sex,female,490870,,,,,,1"));
    }

    [Test]
    public void Usage_errors_exit_2()
    {
        using var cli = new CliRun();

        Assert.That(cli.Run(["import", Path.Combine(cli.Folder, "missing.csv")]).ExitCode, Is.EqualTo(2));
        Assert.That(cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv"), "--encoding", "klingon"]).ExitCode, Is.EqualTo(2));
        Assert.That(cli.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv"), "--format", "xlsx"]).ExitCode, Is.Not.Zero);
    }
}
