using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Batches;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// Gives a new database something to show: on the first start (no import batch recorded, not even a rejected
/// one) every file under samples/ is imported through the ordinary importer, metadata files first. Files that
/// no importer recognises (reference data kept beside the samples, such as Kolada's KPI group tree) are skipped,
/// so they do not appear as rejected imports.
/// </summary>
internal sealed partial class StoreSeeder(IndicatorStore store, ImportService importer, FormatDetector detector, IOptions<IndicatorHubWebOptions> options, ILogger<StoreSeeder> logger)
{
    internal void SeedIfEmpty()
    {
        if (!options.Value.SeedSamples || store.Read(c => BatchListQuery.Run(c, 1)).Count > 0)
        {
            return;
        }

        var folder = string.IsNullOrWhiteSpace(options.Value.SamplesPath)
            ? Path.Combine(AppContext.BaseDirectory, "samples")
            : options.Value.SamplesPath;
        if (!Directory.Exists(folder))
        {
            LogNoSamples(folder);
            return;
        }

        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f).Contains("metadata", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var source = ImportSource.FromFile(file);
            var name = Path.GetFileName(file);
            if (detector.Choose(source, ImportFormat.Auto, new ParseOptions(), out _) is null)
            {
                LogNotImportable(name);
                continue;
            }

            var result = importer.Import(new ImportRequest(source, ImportFormat.Auto, new ParseOptions()));
            if (result.Stored)
            {
                LogSeeded(name, result.Summary.RowsStored);
            }
            else
            {
                LogSeedFailed(name, result.Summary.Errors.Count > 0 ? result.Summary.Errors[0].Reason : "rejected");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sample folder at {Folder}; the database starts empty.")]
    private partial void LogNoSamples(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample {File} is no import format; kept as reference data, not imported.")]
    private partial void LogNotImportable(string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {File}: {Rows} rows.")]
    private partial void LogSeeded(string file, long rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample {File} was not imported: {Reason}")]
    private partial void LogSeedFailed(string file, string reason);
}
