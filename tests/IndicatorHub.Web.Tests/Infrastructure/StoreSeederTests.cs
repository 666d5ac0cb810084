using IndicatorHub.Core.Csv;
using IndicatorHub.Core.Observations;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Batches;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Observations;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Infrastructure;

/// <summary>
/// What the first start seeds from samples/ (the copy beside the app, which is what it seeds from). Expected values
/// are read from the sample files themselves.
/// </summary>
public class StoreSeederTests
{
    private static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    [TestCase("kolada/v2_flat_N00923_medellivslangd_man_by_geo_year.csv", "N00923", "0180", "2022", null)]
    [TestCase("rka-agenda2030/v2_flat_N00401_by_geo_year.csv", "N00401", "0180", "2022", null)]
    [TestCase("rka-agenda2030/v2_flat_N85051_by_geo_year.csv", "N85051", "1280", "2020", null)]
    [TestCase("rka-agenda2030/v2_flat_N00404_by_geo_gender_year.csv", "N00404", "1280", "2022", "K")]
    public void The_seeded_store_holds_the_value_of_the_sample_file(string file, string kpi, string area, string year, string? gender)
    {
        var expected = ValueInFile(Path.Combine(Samples, file), area, year, gender);
        using var factory = new IndicatorHubFactory(seed: true);
        var store = factory.Services.GetRequiredService<IndicatorStore>();

        var stored = store.Read(c => ObservationExportQuery.Run(c, new ObservationFilter(kpi, area)).ToList())
            .Where(o => o.Period == year && (gender is null ? o.Dimension == Dimensions.Total : o.Subgroup == (gender == "K" ? Dimensions.Female : Dimensions.Male)))
            .ToList();

        // An empty cell in the file (N85051, Malmö 2020) is no row in the store.
        Assert.That(stored.Select(o => o.Value), Is.EqualTo(expected is null ? Array.Empty<double?>() : new double?[] { expected }));
    }

    [Test]
    public void Every_KPI_of_the_Agenda_2030_set_is_seeded_with_the_title_and_description_of_its_metadata_file()
    {
        using var reader = new StreamReader(Path.Combine(Samples, "rka-agenda2030", "kpi_metadata_agenda2030.csv"));
        var metadata = CsvRecordReader.Read(reader).Skip(1).ToDictionary(r => r.Fields[0], r => (Title: r.Fields[1].Trim(), Description: r.Fields[2].Trim()));
        using var factory = new IndicatorHubFactory(seed: true);
        var store = factory.Services.GetRequiredService<IndicatorStore>();

        var seeded = store.Read(IndicatorCatalogueQuery.Run).ToDictionary(i => i.Id);

        Assert.That(metadata, Has.Count.EqualTo(84));
        Assert.That(metadata.Keys.Where(id => !seeded.ContainsKey(id)), Is.Empty);

        // Also for the KPIs whose older texts are in samples/kolada's metadata subsets (e.g. N00938, N03926).
        Assert.That(metadata.Where(m => seeded[m.Key].Title != m.Value.Title || seeded[m.Key].Description != m.Value.Description).Select(m => m.Key), Is.Empty);
        Assert.That(seeded["N00401"].Title, Is.EqualTo("Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv"));
        Assert.That((seeded["N00401"].Unit, seeded["N00401"].Scale), Is.EqualTo(("ton CO2-ekv/inv", (double?)1)));
    }

    [Test]
    public void Every_sample_file_but_the_KPI_group_tree_is_imported_and_none_is_rejected()
    {
        var importable = Directory.EnumerateFiles(Samples, "*.csv", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Where(name => name != "kpi_groups.csv")
            .Order(StringComparer.Ordinal)
            .ToList();
        using var factory = new IndicatorHubFactory(seed: true);
        var batches = factory.Services.GetRequiredService<IndicatorStore>().Read(c => BatchListQuery.Run(c));

        Assert.That(batches.Select(b => Path.GetFileName(b.FileName)).Order(StringComparer.Ordinal), Is.EqualTo(importable));
        Assert.That(batches.Where(b => b.RowsRejected > 0 || b.ErrorCount > 0).Select(b => b.FileName), Is.Empty);
    }

    private static double? ValueInFile(string path, string area, string year, string? gender)
    {
        // geo,year[,gender],<kpi>; an empty cell is a value Kolada did not publish.
        foreach (var fields in File.ReadLines(path).Skip(1).Select(l => l.Split(',')))
        {
            if (fields[0] == area && fields[1] == year && (gender is null || fields[2] == gender))
            {
                var cell = fields[^1];
                return cell.Length == 0 ? null : double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{area} {year} {gender} is not in {path}");
    }
}
