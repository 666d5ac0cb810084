using System.Globalization;
using IndicatorHub.Storage;

namespace IndicatorHub.Import.Export;

/// <summary>Writes observations as IndicatorHub long CSV (RFC 4180, invariant numbers, round-trip precision).</summary>
public static class ObservationCsvWriter
{
    /// <summary>Writes the header and every row; returns the number of rows.</summary>
    public static long Write(TextWriter writer, IEnumerable<StoredObservation> observations)
    {
        writer.Write(string.Join(',', ObservationColumns.All));
        writer.Write('\n');
        long count = 0;
        foreach (var o in observations)
        {
            Field(writer, o.Indicator);
            writer.Write(',');
            Field(writer, o.Area);
            writer.Write(',');
            Field(writer, o.Period);
            writer.Write(',');
            Field(writer, o.Dimension);
            writer.Write(',');
            Field(writer, o.Subgroup);
            writer.Write(',');
            Number(writer, o.Value);
            writer.Write(',');
            Field(writer, o.Status);
            writer.Write(',');
            Number(writer, o.Se);
            writer.Write(',');
            Number(writer, o.CiLb);
            writer.Write(',');
            Number(writer, o.CiUb);
            writer.Write(',');
            Number(writer, o.Population);
            writer.Write(',');
            writer.Write(o.Batch.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
            count++;
        }

        return count;
    }

    private static void Number(TextWriter writer, double? value)
    {
        if (value.HasValue)
        {
            writer.Write(value.Value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static void Field(TextWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
