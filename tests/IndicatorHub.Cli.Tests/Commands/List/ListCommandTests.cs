namespace IndicatorHub.Cli.Tests.Commands.List;

public class ListCommandTests
{
    [Test]
    public void Lists_the_seeded_areas_with_both_code_systems()
    {
        using var cli = new CliRun();

        var result = cli.Run(["list", "areas"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(312));
        Assert.That(lines, Does.Contain("1280\t1280\tMalmö\tmunicipality\t12\tStorstäder"));
        Assert.That(lines[0], Is.EqualTo("00\t0000\tRiket\tcountry\t\t"));
    }

    [Test]
    public void The_database_path_comes_from_the_environment_when_no_db_option_is_given()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Folder, "from-environment.db");
        cli.SetEnvironment("IndicatorHub__DatabasePath", path);

        var result = cli.Run(["list", "batches"], withDb: false);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.Exists(path), Is.True);
    }

    [Test]
    public void Errors_of_an_unknown_batch_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = cli.Run(["list", "errors", "42"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("no batch 42"));
    }

    [Test]
    public void Indicators_are_searched_and_paged_with_the_count_on_stderr()
    {
        using var cli = new CliRun();
        var metadata = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", "kpi_metadata_all_slice.csv");
        Assert.That(cli.Run(["import", metadata]).ExitCode, Is.Zero);

        var search = cli.Run(["list", "indicators", "--search", "invånare"]);
        var page = cli.Run(["list", "indicators", "--limit", "5", "--offset", "10"]);
        var bad = cli.Run(["list", "indicators", "--limit", "0"]);

        // Hand-read from the slice: only the titles of N01951 and U01405 contain "Invånare" ("kr/inv", "100 000 inv" are not it).
        Assert.That(search.Out.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0]), Is.EqualTo(new[] { "N01951", "U01405" }));
        Assert.That(page.Out.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0]), Is.EqualTo(new[] { "U01405", "U79133" }));
        Assert.That(page.Error, Does.Contain("indicators 11–12 of 12 matching"));
        Assert.That(bad.ExitCode, Is.EqualTo(2));
    }
}
