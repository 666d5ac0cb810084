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
            json.WriteStartObject();
            json.WriteString("indicator", o.Indicator);
            json.WriteString("area", o.Area);
            json.WriteString("period", o.Period);
            json.WriteString("dimension", o.Dimension);
            json.WriteString("subgroup", o.Subgroup);
            json.WriteNumberOrNull("value", o.Value);
            json.WriteStringOrNull("status", o.Status);
            json.WriteNumberOrNull("se", o.Se);
            json.WriteNumberOrNull("ci_lb", o.CiLb);
            json.WriteNumberOrNull("ci_ub", o.CiUb);
            json.WriteNumberOrNull("population", o.Population);
            json.WriteNumber("batch", o.Batch);
            json.WriteEndObject();
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
