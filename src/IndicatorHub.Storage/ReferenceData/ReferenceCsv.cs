using System.Reflection;
using System.Text;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Storage.ReferenceData;

/// <summary>
/// Reads the small embedded reference CSVs with Core's RFC 4180 reader: Storage takes no CSV library for a handful
/// of files it ships itself.
/// </summary>
internal static class ReferenceCsv
{
    /// <summary>Reads an embedded reference file as header-keyed rows.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName) => ReadResource("reference/" + fileName);

    /// <summary>Reads any embedded CSV resource of this assembly (e.g. "dimensions/x.csv") as header-keyed rows.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadResource(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in IndicatorHub.Storage.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ReadText(reader.ReadToEnd());
    }

    /// <summary>Reads CSV text (a header line, then records) as header-keyed rows; short or long records are skipped.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadText(string text)
    {
        var records = CsvRecordReader.Read(new StringReader(text.TrimStart('\uFEFF'))).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        return records.Skip(1)
            .Where(r => r.Fields.Count == header.Count)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }
}
