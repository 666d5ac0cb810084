using System.Text;
using Dapper;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Import.Tests.Pipeline;
using IndicatorHub.Storage.Imports;

namespace IndicatorHub.Import.Tests.Hostile;

/// <summary>
/// A store that already holds a real Kolada file, and the one assertion every hostile-input test makes: the file is
/// rejected with its first error at the real line and column, the store's data is exactly as before, and SQLite's
/// integrity_check is ok.
/// </summary>
internal sealed class HostileInputHarness : IDisposable
{
    internal const string LongCsvHeader = "indicator,area,period,dimension,subgroup,value\n";

    private readonly PipelineHarness _pipeline = new();
    private readonly string _before;

    internal HostileInputHarness()
    {
        _pipeline.ImportFile("kolada", "v2_flat_N00923_medellivslangd_man_by_geo_year.csv");
        _before = _pipeline.DataFingerprint();
    }

    internal PipelineHarness Pipeline => _pipeline;

    internal static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    internal ImportResult Import(string name, byte[] content, ImportFormat format = ImportFormat.Auto, ParseOptions? options = null) =>
        _pipeline.Service.Import(new ImportRequest(ImportSource.FromBytes(name, content), format, options ?? new ParseOptions()));

    internal ImportResult Import(ImportSource source, ImportFormat format = ImportFormat.Auto) =>
        _pipeline.Service.Import(new ImportRequest(source, format, new ParseOptions()));

    /// <summary>Asserts the rejection at <paramref name="line"/>:<paramref name="column"/> and the untouched store.</summary>
    internal ImportError AssertRejected(ImportResult result, long line, int column, string reason)
    {
        Assert.That(result.Summary.Outcome, Is.EqualTo(ImportOutcome.Rejected), () => Describe(result));
        var error = result.Summary.Errors[0];
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), () => Describe(result));
        Assert.That(error.Reason, Does.Contain(reason).IgnoreCase);
        AssertStoreUnchanged();
        return error;
    }

    internal void AssertStoreUnchanged()
    {
        Assert.That(_pipeline.DataFingerprint(), Is.EqualTo(_before), "the store's data is exactly as before");
        using var connection = _pipeline.Store.Connections.Open();
        Assert.That(connection.ExecuteScalar<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
    }

    public void Dispose() => _pipeline.Dispose();

    private static string Describe(ImportResult result) =>
        string.Join("\n", result.Summary.Errors.Take(5).Select(e => $"{e.Line}:{e.Column} ({e.Field}): {e.Reason}"));
}
