using System.Text;
using System.Text.Json;
using IndicatorHub.Core.Output;

namespace IndicatorHub.Core.Tests.Output;

public class JsonOutputTests
{
    private sealed record Row(string AreaCode, double Value, double? CiLowerBound, int RowCount);

    [Test]
    public void Records_are_written_with_snake_case_names_and_not_finite_numbers_as_null()
    {
        var json = JsonSerializer.Serialize(new[] { new Row("1280", double.NaN, double.PositiveInfinity, 2), new Row("Malmö", -0.5, null, 0) }, JsonOutput.Options);

        Assert.That(json, Is.EqualTo("""[{"area_code":"1280","value":null,"ci_lower_bound":null,"row_count":2},{"area_code":"Malmö","value":-0.5,"ci_lower_bound":null,"row_count":0}]"""));
    }

    [Test]
    public void Streamed_numbers_are_null_when_missing_or_not_finite()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumberOrNull("a", 1.25);
            json.WriteNumberOrNull("b", null);
            json.WriteNumberOrNull("c", double.NaN);
            json.WriteNumberOrNull("d", double.NegativeInfinity);
            json.WriteStringOrNull("e", null);
            json.WriteStringOrNull("f", "Västerås");
            json.WriteEndObject();
        }

        Assert.That(Encoding.UTF8.GetString(buffer.ToArray()), Is.EqualTo("""{"a":1.25,"b":null,"c":null,"d":null,"e":null,"f":"Västerås"}"""));
    }
}
