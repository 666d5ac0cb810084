namespace IndicatorHub.Cli.Tests.Commands.Import;

/// <summary>`import DIR`, many files in one run, the closing summary, and re-importing what is already stored.</summary>
public class ImportFolderTests
{
    private const string ManByYear = "v2_flat_N00923_medellivslangd_man_by_geo_year.csv";       // 7 161 rows
    private const string WomenByYear = "v2_flat_N00925_medellivslangd_kvinnor_by_geo_year.csv"; // 7 161 rows
    private const string PopulationBySex = "v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv"; // 18 096 rows

    private static string Kolada(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", file);

    /// <summary>A folder with the three real files in nested folders, plus a README that is not data.</summary>
    private static string ArchiveFolder(CliRun cli)
    {
        var root = Path.Combine(cli.Folder, "archive");
        Directory.CreateDirectory(Path.Combine(root, "geo_year", "deeper"));
        Directory.CreateDirectory(Path.Combine(root, "geo_gender_year"));
        File.Copy(Kolada(ManByYear), Path.Combine(root, "geo_year", ManByYear));
        File.Copy(Kolada(WomenByYear), Path.Combine(root, "geo_year", "deeper", WomenByYear));
        File.Copy(Kolada(PopulationBySex), Path.Combine(root, "geo_gender_year", PopulationBySex));
        File.WriteAllText(Path.Combine(root, "README.md"), "# notes, not data\n");
        return root;
    }

    [Test]
    public void A_folder_imports_every_file_under_it_and_a_rejected_one_leaves_the_others_stored()
    {
        using var cli = new CliRun();
        var root = ArchiveFolder(cli);
        var bad = Path.Combine(root, "geo_year", "deeper", "zz_bad.csv");
        File.WriteAllText(bad, "geo,year,n00924\r\n0180,2020,81.2\r\n0180,20x0,80.1\r\n");

        var result = cli.Run(["import", root]);

        Assert.That(result.ExitCode, Is.EqualTo(1), "a rejected file makes the run exit 1");
        Assert.That(result.Error, Does.Contain($"{bad}:3:2 (year): "), "the bad file is named with line and column");
        Assert.That(result.Out, Does.Contain($"{bad}: kolada-csv: REJECTED, nothing stored"));
        Assert.That(result.Out, Does.Contain("4 files: 3 stored, 0 unchanged (skipped), 1 rejected; values read 32420, stored 32388 (32388 new or changed), 30 empty cells not stored;"),
            "7 161 + 7 161 + 18 096 rows of the good files (3 + 3 + 24 of them empty cells) and the bad file's 2 rows; the README is not imported");
        var indicators = cli.Run(["list", "indicators"]).Out;
        Assert.That(indicators, Does.Contain("N00923").And.Contain("N00925").And.Contain("N01951"));
        Assert.That(indicators, Does.Not.Contain("N00924"), "nothing of the rejected file is stored");
        var export = cli.Run(["export", "observations", "--indicator", "N00925", "--area", "0180"]).Out;
        Assert.That(export, Does.Contain("N00925,0180,2020,total,total,84.74,"), "the file in the nested folder is stored");
    }

    [Test]
    public void A_folder_without_files_and_a_missing_path_are_usage_errors()
    {
        using var cli = new CliRun();
        var empty = Path.Combine(cli.Folder, "empty");
        Directory.CreateDirectory(empty);

        var result = cli.Run(["import", empty, Path.Combine(cli.Folder, "nowhere")]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("the folder holds no files to import").And.Contain("no such file or folder"));
    }

    [Test]
    public void Importing_the_same_folder_again_skips_every_file_and_changes_nothing()
    {
        using var cli = new CliRun();
        var root = ArchiveFolder(cli);
        var first = cli.Run(["import", root]);
        var exportBefore = cli.Run(["export", "observations"]).Out;
        var batchesBefore = cli.Run(["list", "batches"]).Out;

        var again = cli.Run(["import", root]);

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Out, Does.Contain("3 files: 0 stored, 3 unchanged (skipped), 0 rejected; values read 0,"));
        Assert.That(again.Out, Does.Contain($"{Path.Combine(root, "geo_year", ManByYear)}: kolada-csv: unchanged since batch "));
        Assert.That(cli.Run(["export", "observations"]).Out, Is.EqualTo(exportBefore), "every value and the batch that set it are as they were");
        Assert.That(cli.Run(["list", "batches"]).Out, Is.EqualTo(batchesBefore), "a skipped file records no batch");
    }

    [Test]
    public void A_file_whose_values_a_later_file_overwrote_is_imported_again_and_restores_them()
    {
        using var cli = new CliRun();
        var original = cli.WriteFile("original.csv", "geo,year,n00923\r\n0180,2020,80.97\r\n0180,2021,81.10\r\n");
        var correction = cli.WriteFile("correction.csv", "geo,year,n00923\r\n0180,2020,79.00\r\n");
        cli.Run(["import", original, correction]);

        var again = cli.Run(["import", original]);
        var export = cli.Run(["export", "observations", "--indicator", "N00923"]).Out;

        Assert.That(again.Out, Does.Contain(": kolada-csv: stored, batch 3"), "not skipped: batch 2 wrote the same indicator later");
        Assert.That(again.Out, Does.Contain("rows read 2, stored 2 (1 new or changed)"));
        Assert.That(export, Does.Contain("N00923,0180,2020,total,total,80.97,"));
    }

    [Test]
    public void Reimport_unchanged_imports_an_unchanged_file_again_without_changing_a_value()
    {
        using var cli = new CliRun();
        var file = Kolada(ManByYear);
        cli.Run(["import", file]);

        var again = cli.Run(["import", file, "--reimport-unchanged"]);

        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Out, Does.Contain("stored, batch 2"));
        Assert.That(again.Out, Does.Contain("rows read 7161, stored 7158 (0 new or changed), rejected 0, empty cells 3 (no value, not stored)"));
    }

    [Test]
    public void The_real_all_kpi_metadata_file_imports_as_kolada_kpi_metadata()
    {
        using var cli = new CliRun();

        var result = cli.Run(["import", Kolada("kpi_metadata_all_slice.csv")]);
        var listed = cli.Run(["list", "indicators"]).Out.TrimEnd('\n').Split('\n');

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain(": kolada-csv: stored, batch 1"));
        Assert.That(listed, Has.Length.EqualTo(12));
        // Title, unit from the title's last part, is_divided_by_gender as the file writes them.
        Assert.That(listed, Does.Contain("N00090\tSjukfrånvaro totalt bland anställda, kommun, andel (%)\t%\tby-sex\t"));
        Assert.That(listed, Does.Contain("N00923\tMedellivslängd män, år\tår\t\t"));
        Assert.That(listed, Does.Contain("U79133\tPåverkbar slutenvård vid kronisk sjukdom, antal/100 000 inv\tantal/100 000 inv\tby-sex\t"));
        Assert.That(cli.Run(["list", "indicators", "--search", "kommunen, övergripande"]).Out.TrimEnd('\n').Split('\n'),
            Has.Length.EqualTo(8), "the operating area 'Kommunen, övergripande' of the file's first eight KPIs (N00053 … N00126) is stored");
    }
}
