using IndicatorHub.Core.Csv;

namespace IndicatorHub.Storage.Sdg;

/// <summary>
/// Positions of the columns named in a mapping file's header, so errors (which Core reports by column name) can
/// be printed as line:column like every other import error.
/// </summary>
internal static class SdgHeaderColumns
{
    /// <summary>Column name (case-insensitive) → 1-based position, from the first record of <paramref name="csv"/>.</summary>
    internal static Dictionary<string, int> Read(string csv)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> header;
        try
        {
            header = CsvRecordReader.Read(new StringReader(csv)).FirstOrDefault()?.Fields ?? [];
        }
        catch (CsvSyntaxException)
        {
            // The mapping reader reports the broken quote itself; without a header there are no positions.
            return positions;
        }

        for (var i = 0; i < header.Count; i++)
        {
            positions.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i + 1);
        }

        return positions;
    }
}
