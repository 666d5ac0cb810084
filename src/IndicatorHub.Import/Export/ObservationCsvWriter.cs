using IndicatorHub.Core.Csv;
using IndicatorHub.Storage;

namespace IndicatorHub.Import.Export;

/// <summary>
/// Writes observations as IndicatorHub long CSV through <see cref="CsvOutputWriter"/> (RFC 4180, invariant
/// round-trip numbers, text cells neutralised against spreadsheet formulas, which the long-CSV importer undoes).
/// </summary>
public static class ObservationCsvWriter
{
    /// <summary>Writes the header and every row; returns the number of rows.</summary>
    public static long Write(TextWriter writer, IEnumerable<StoredObservation> observations)
    {
        var csv = new CsvOutputWriter(writer);
        csv.WriteHeader(ObservationColumns.All);
        long count = 0;
        foreach (var o in observations)
        {
            csv.Text(o.Indicator).Text(o.Area).Text(o.Period).Text(o.Dimension).Text(o.Subgroup)
                .Number(o.Value).Text(o.Status).Number(o.Se).Number(o.CiLb).Number(o.CiUb).Number(o.Population)
                .Integer(o.Batch)
                .EndRow();
            count++;
        }

        return count;
    }
}
