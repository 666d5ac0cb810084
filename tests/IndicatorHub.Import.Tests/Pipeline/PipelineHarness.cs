using Dapper;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage.Tests;

namespace IndicatorHub.Import.Tests.Pipeline;

/// <summary>An import service over a fresh in-memory store, and a fingerprint of everything the store holds.</summary>
internal sealed class PipelineHarness : IDisposable
{
    private readonly StoreFixture _fixture = new();

    internal PipelineHarness() => Service = new ImportService(_fixture.Store, ImportParsers.CreateDetector());

    internal ImportService Service { get; }

    internal Storage.IndicatorStore Store => _fixture.Store;

    internal static string TestData(string folder, string file) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", folder, file);

    internal ImportResult ImportFile(string folder, string file, ImportFormat format = ImportFormat.Auto, ParseOptions? options = null, bool allowPartial = false) =>
        Service.Import(new ImportRequest(ImportSource.FromFile(TestData(folder, file)), format, options ?? new ParseOptions(), allowPartial));

    internal ImportResult ImportText(string name, string text, ImportFormat format = ImportFormat.Auto, ParseOptions? options = null, bool allowPartial = false) =>
        Service.Import(new ImportRequest(ImportSource.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text)), format, options ?? new ParseOptions(), allowPartial));

    /// <summary>Every row of every data table but the batch log, so "exactly as before" can be compared.</summary>
    internal string DataFingerprint()
    {
        // seen_batch_id is bookkeeping for duplicate detection, not data.
        var queries = new[]
        {
            "SELECT indicator_id, area_id, period, dimension, subgroup, value, status, se, ci_lb, ci_ub, population, batch_id FROM observations",
            "SELECT * FROM indicators", "SELECT * FROM areas", "SELECT * FROM area_aliases", "SELECT * FROM dimensions", "SELECT * FROM subgroups",
        };
        return string.Join('\n', queries.SelectMany(q =>
            _fixture.Connection.Query(q + " ORDER BY 1, 2")
                .Select(r => q[^12..] + ": " + string.Join('|', ((IDictionary<string, object?>)r).Values))));
    }

    public void Dispose() => _fixture.Dispose();
}
