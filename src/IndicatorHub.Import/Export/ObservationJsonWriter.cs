using System.Text.Json;
using IndicatorHub.Core.Output;
using IndicatorHub.Storage;

namespace IndicatorHub.Import.Export;

/// <summary>Writes observations as a JSON array of objects with the long CSV's column names, streaming.</summary>
public static class ObservationJsonWriter
{
    /// <summary>Writes every row; returns the number of rows.</summary>
    public static long Write(Stream output, IEnumerable<StoredObservation> observations)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.WriterOptions);
        json.WriteStartArray();
        long count = 0;
        foreach (var o in observations)
        {
            // The record's own names under the one convention are the long CSV's columns (ci_lb, ci_ub), as the API writes them.
            JsonSerializer.Serialize(json, o, JsonOutput.Options);
            if (++count % 1000 == 0)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.Flush();
        return count;
    }
}
