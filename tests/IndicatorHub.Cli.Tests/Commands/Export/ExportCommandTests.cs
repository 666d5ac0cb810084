using System.Text.Json;

namespace IndicatorHub.Cli.Tests.Commands.Export;

public class ExportCommandTests
{
    private static string Kolada(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "kolada", file);

    [Test]
    public void Export_then_import_into_a_new_store_round_trips_every_value()
    {
        using var first = new CliRun();
        first.Run(["import", Kolada("v2_flat_U01405_sjalvskattad_halsa_by_geo_gender_year.csv")]);
        first.Run(["import", Kolada("v2_flat_N00923_medellivslangd_man_by_geo_year.csv")]);
        var exported = first.Run(["export", "observations"]).Out;

        using var second = new CliRun();
        var file = second.WriteFile("export.csv", exported);
        var import = second.Run(["import", file]);
        var again = second.Run(["export", "observations"]).Out;

        Assert.That(import.ExitCode, Is.Zero, import.Error);
        Assert.That(import.Out, Does.Contain("long-csv"));
        Assert.That(WithoutBatch(again), Is.EqualTo(WithoutBatch(exported)));
        Assert.That(exported.Split('\n')[0], Is.EqualTo("indicator,area,period,dimension,subgroup,value,status,se,ci_lb,ci_ub,population,batch"));
    }

    [Test]
    public void Filters_by_indicator_and_area_in_either_code_system_and_writes_json()
    {
        using var cli = new CliRun();
        cli.Run(["import", Kolada("v2_flat_U01405_sjalvskattad_halsa_by_geo_gender_year.csv")]);

        var json = cli.Run(["export", "observations", "--indicator", "U01405", "--area", "0001", "--format", "json"]);

        Assert.That(json.ExitCode, Is.Zero, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("area").GetString()).Distinct(), Is.EqualTo(new[] { "01" }));
        var female2007 = rows.Single(r => r.GetProperty("period").GetString() == "2007" && r.GetProperty("subgroup").GetString() == "female");
        Assert.That(female2007.GetProperty("value").GetDouble(), Is.EqualTo(68.0));
    }

    [Test]
    public void An_unknown_area_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = cli.Run(["export", "observations", "--area", "Atlantis"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("Unknown area 'Atlantis'"));
    }

    private static string WithoutBatch(string csv) =>
        string.Join('\n', csv.Split('\n').Select(l => l.Contains(',', StringComparison.Ordinal) ? l[..l.LastIndexOf(',')] : l));
}
