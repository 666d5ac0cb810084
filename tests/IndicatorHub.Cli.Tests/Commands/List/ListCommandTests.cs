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
}
