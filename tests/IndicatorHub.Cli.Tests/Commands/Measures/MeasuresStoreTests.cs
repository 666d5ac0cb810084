using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Cli.Tests.Commands.Measures;

/// <summary>
/// `indicatorhub measures --indicator …` on a store loaded with real Kolada files from samples/kolada through
/// `indicatorhub import`. Expected values are the files' own numbers (quoted in comments) and formulas worked out here.
/// </summary>
public class MeasuresStoreTests
{
    [Test]
    public void Turnout_by_income_quintile_for_Sweden_over_time()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_N6587*_by_geo_year.csv", "v2_flat_N05401_*_by_geo_year.csv", "v2_flat_N01951_*_by_geo_year.csv");

        var result = cli.Run(["measures", "--indicator", "N05401", "--area", "0000", "--dimension", "income_quintile"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var output = MeasuresOutput.Parse(result.Out);
        Assert.That(string.Join(',', output.Header), Is.EqualTo(MeasuresOutput.ExpectedHeader));
        Assert.That(output.Rows.Select(r => r.Date).Distinct(), Is.EqualTo(new[] { "2018", "2019", "2020", "2021", "2022" }), "every period: the trend");
        Assert.That(output.Rows.Select(r => (r.Setting, r.Indicator, r.Dimension)).Distinct(), Is.EqualTo(new[] { ("00", "N05401", "income_quintile") }));

        // Riket, quintile 1..5 (N65870..N65874): 2018 75, 82, 87, 91, 95; 2022 71, 78, 83, 88, 93.
        Assert.That(output.Estimate("d", date: "2018"), Is.EqualTo(95 - 75).Within(1e-12));
        Assert.That(output.Estimate("d", date: "2022"), Is.EqualTo(93 - 71).Within(1e-12));
        Assert.That(output.Estimate("r", date: "2022"), Is.EqualTo(93.0 / 71).Within(1e-12));

        // Equal populations (0.2 × N01951), ranks 0.1 … 0.9, μ = 413 / 5 = 82.6;
        // aci = 2 · 0.2 · (7.1 + 23.4 + 41.5 + 61.6 + 83.7) − 82.6 = 86.92 − 82.6 = 4.32.
        Assert.That(output.Estimate("aci", date: "2022"), Is.EqualTo(4.32).Within(1e-9));
        Assert.That(output.Estimate("rci", date: "2022"), Is.EqualTo(4.32 / 82.6).Within(1e-12));
        Assert.That(output.Estimate("sii", date: "2022"), Is.Positive, "turnout rises with income");
        Assert.That(result.Error, Does.Contain("note: N05401: direction not in the indicator's metadata; taken from the curated SDG mapping"));
    }

    [Test]
    public void A_municipality_without_turnout_in_2022_is_told_there_is_nothing_to_compare()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_N6587*_by_geo_year.csv", "v2_flat_N01951_*_by_geo_year.csv");

        // Oxelösund (0481) is an empty cell in every turnout file for 2022, and empty cells are not stored.
        var result = cli.Run(["measures", "--indicator", "N05401", "--area", "Oxelösund", "--period", "2022", "--measure", "d,sii"]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("the store has nothing to compare for N05401 (area Oxelösund, period 2022)"));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Women_and_men_for_a_gender_divided_indicator()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_U01405_*_by_geo_gender_year.csv", "v2_flat_N01951_*_by_geo_gender_year.csv");

        var result = cli.Run(["measures", "--indicator", "U01405", "--area", "Stockholm", "--period", "2020", "--format", "json"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("measure").GetString()!);
        Assert.That(rows.Keys, Is.EqualTo(new[] { "d", "r", "paf", "par" }));

        // Stockholm 2020: women 74, men 80 (U01405, K and M).
        Assert.That(rows["d"].GetProperty("estimate").GetDouble(), Is.EqualTo(6).Within(1e-12));
        Assert.That(rows["d"].GetProperty("setting").GetString(), Is.EqualTo("0180"));
        Assert.That(rows["d"].GetProperty("dimension").GetString(), Is.EqualTo("sex"));
        Assert.That(rows["d"].GetProperty("note").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Municipalities_of_a_kommungrupp_weighted_by_population()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_N03920_*_by_geo_year.csv", "v2_flat_N01951_*_by_geo_year.csv");

        var result = cli.Run(["measures", "--indicator", "N03920", "--group", "G92787", "--period", "2020", "--measure", "d,bgv,gini"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var output = MeasuresOutput.Parse(result.Out);
        Assert.That(output.Rows.Select(r => (r.Setting, r.Dimension, r.Measure)),
            Is.EqualTo(new[] { ("Storstäder", "areas", "d"), ("Storstäder", "areas", "bgv"), ("Storstäder", "areas", "gini") }));

        // 2020 unemployment (N03920) and inhabitants (N01951): Stockholm 6.888675 / 975551, Malmö 11.913292 / 347949,
        // Göteborg 7.779082 / 583056.
        double[] y = [6.888675, 11.913292, 7.779082];
        double[] n = [975551, 347949, 583056];
        var p = n.Select(v => v / n.Sum()).ToArray();
        var mu = y.Select((v, j) => p[j] * v).Sum();
        Assert.That(output.Estimate("d"), Is.EqualTo(11.913292 - 6.888675).Within(1e-9));
        Assert.That(output.Estimate("bgv"), Is.EqualTo(y.Select((v, j) => p[j] * (v - mu) * (v - mu)).Sum()).Within(1e-9));
        var pairs = (p[0] * p[1] * Math.Abs(y[0] - y[1])) + (p[0] * p[2] * Math.Abs(y[0] - y[2])) + (p[1] * p[2] * Math.Abs(y[1] - y[2]));
        Assert.That(output.Estimate("gini"), Is.EqualTo(pairs / mu).Within(1e-12));
    }

    [Test]
    public void A_second_run_comes_from_the_cache_with_the_same_output()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_N03920_*_by_geo_year.csv", "v2_flat_N01951_*_by_geo_year.csv");
        string[] args = ["measures", "--indicator", "N03920", "--group", "Stockholms län"];

        var first = cli.Run(args);
        var cached = CountCache(cli);
        var second = cli.Run(args);
        var uncached = cli.Run([.. args, "--no-cache"]);

        Assert.That((first.ExitCode, second.ExitCode, uncached.ExitCode), Is.EqualTo((0, 0, 0)), first.Error);
        Assert.That(cached, Is.EqualTo(13), "one entry per period 2010–2022");
        Assert.That(second.Out, Is.EqualTo(first.Out));
        Assert.That(uncached.Out, Is.EqualTo(first.Out));
        Assert.That(MeasuresOutput.Parse(first.Out).Rows.Select(r => r.Setting).Distinct(), Is.EqualTo(new[] { "Stockholms län" }));
    }

    [Test]
    public void Store_errors_are_usage_errors_and_nothing_to_compare_is_exit_1()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_N00923_*_by_geo_year.csv");

        var unknown = cli.Run(["measures", "--indicator", "X99999"]);
        var badGroup = cli.Run(["measures", "--indicator", "N00923", "--group", "Atlantis"]);
        var nothing = cli.Run(["measures", "--indicator", "N00923", "--area", "0180"]);

        Assert.That((unknown.ExitCode, badGroup.ExitCode, nothing.ExitCode), Is.EqualTo((2, 2, 1)));
        Assert.That(unknown.Error, Does.Contain("Unknown indicator 'X99999'"));
        Assert.That(badGroup.Error, Does.Contain("No county, kommungrupp or network 'Atlantis'"));
        Assert.That(nothing.Error, Does.Contain("nothing to compare for N00923"));
        Assert.That(nothing.Out, Is.Empty);
    }

    [Test]
    public void Requests_that_do_not_combine_are_worded_with_the_CLIs_own_options()
    {
        using var cli = new CliRun();
        Import(cli, "v2_flat_N00923_*_by_geo_year.csv");

        var both = cli.Run(["measures", "--indicator", "N00923", "--area", "0180", "--group", "01"]);
        var areas = cli.Run(["measures", "--indicator", "N00923", "--dimension", "areas"]);
        var municipality = cli.Run(["measures", "--indicator", "N00923", "--group", "Malmö"]);

        Assert.That((both.ExitCode, areas.ExitCode, municipality.ExitCode), Is.EqualTo((2, 2, 2)));
        Assert.That(both.Error, Does.Contain("--area and --group do not combine"));
        Assert.That(areas.Error, Does.Contain("The dimension 'areas' needs --group"));
        Assert.That(municipality.Error, Does.Contain("'Malmö' is the municipality Malmö; --group takes riket (all municipalities), a county, a kommungrupp or a network."));
    }

    private static void Import(CliRun cli, params string[] patterns)
    {
        var files = patterns.SelectMany(p => Directory.GetFiles(TestCsv.Path("kolada"), p)).ToArray();
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(patterns.Length));
        var result = cli.Run(["import", .. files]);
        Assert.That(result.ExitCode, Is.Zero, result.Out + result.Error);
    }

    private static long CountCache(CliRun cli)
    {
        using var connection = new SqliteConnection($"Data Source={cli.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM measure_cache";
        return (long)command.ExecuteScalar()!;
    }
}
