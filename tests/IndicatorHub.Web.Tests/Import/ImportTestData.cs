using Dapper;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>Small long-CSV files (IndicatorHub's own export layout) and reads of what the store holds.</summary>
internal static class ImportTestData
{
    internal const string Header = "indicator,area,period,dimension,subgroup,value\n";

    /// <summary>Two values: Stockholm (0180) 81.5 and Göteborg (1480) 80.25 for N00923 in 2021.</summary>
    internal const string First = Header + "N00923,0180,2021,total,total,81.5\nN00923,1480,2021,total,total,80.25\n";

    /// <summary>Changes Stockholm to 82, leaves Göteborg, adds Linköping (0580).</summary>
    internal const string Second = Header + "N00923,0180,2021,total,total,82\nN00923,1480,2021,total,total,80.25\nN00923,0580,2021,total,total,79\n";

    /// <summary>Imports <paramref name="content"/> straight through the app's importer; returns the batch id.</summary>
    internal static long ImportDirectly(IndicatorHubFactory factory, string name, string content)
    {
        var importer = factory.Services.GetRequiredService<ImportService>();
        var result = importer.Import(new ImportRequest(ImportSource.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(content)), ImportFormat.Auto, new ParseOptions()));
        Assert.That(result.Stored, Is.True, string.Join("; ", result.Summary.Errors.Select(e => e.Reason)));
        return result.Summary.BatchId;
    }

    /// <summary>Every value as "area period value batch", ordered, so two states of the store compare as lists.</summary>
    internal static IReadOnlyList<string> Values(IndicatorHubFactory factory)
    {
        using var connection = factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return connection.Query<(string Code, string Period, double? Value, long Batch)>(
                "SELECT a.code, o.period, o.value, o.batch_id FROM observations o JOIN areas a ON a.id = o.area_id ORDER BY a.code, o.period, o.dimension, o.subgroup")
            .Select(r => FormattableString.Invariant($"{r.Code} {r.Period} {r.Value} {r.Batch}"))
            .ToList();
    }

    /// <summary>A fingerprint of everything an unauthorised request must not change.</summary>
    internal static string State(IndicatorHubFactory factory)
    {
        using var connection = factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        var counts = connection.QuerySingle<(long Batches, long RolledBack, long Observations, long Mappings)>(
            """
            SELECT (SELECT COUNT(*) FROM import_batches), (SELECT COUNT(*) FROM import_batches WHERE rolled_back_at IS NOT NULL),
                   (SELECT COUNT(*) FROM observations), (SELECT COUNT(*) FROM column_mappings)
            """);
        var uploads = factory.Services.GetRequiredService<Web.Infrastructure.Importing.UploadStore>().Folder;
        var files = Directory.Exists(uploads) ? Directory.GetFiles(uploads).Length : 0;
        return FormattableString.Invariant($"{counts.Batches}/{counts.RolledBack}/{counts.Observations}/{counts.Mappings}/{files}");
    }
}
