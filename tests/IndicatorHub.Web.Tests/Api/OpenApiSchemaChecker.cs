using System.Text.Json;

namespace IndicatorHub.Web.Tests.Api;

/// <summary>
/// A small checker of a JSON value against the app's own OpenAPI 3.1 document: follows $ref to components, and
/// checks that every required property is present, every property's JSON type is one the schema allows
/// (type as a string or an array, integer as a whole number, enums by value), arrays item by item, recursively.
/// Unknown keywords are ignored; the point is that what the API writes is what the document promises.
/// </summary>
internal sealed class OpenApiSchemaChecker(JsonElement document)
{
    /// <summary>The 200 response schema of GET <paramref name="pathTemplate"/>.</summary>
    internal JsonElement ResponseSchema(string pathTemplate, string status = "200") =>
        document.GetProperty("paths").GetProperty(pathTemplate).GetProperty("get").GetProperty("responses").GetProperty(status)
            .GetProperty("content").EnumerateObject().First().Value.GetProperty("schema");

    /// <summary>Every mismatch, as "path: problem"; empty when the value fits.</summary>
    internal List<string> Check(JsonElement value, JsonElement schema, string path = "$")
    {
        var problems = new List<string>();
        Walk(value, schema, path, problems, 0);
        return problems;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private void Walk(JsonElement value, JsonElement schema, string path, List<string> problems, int depth)
    {
        if (depth > 20)
        {
            return;
        }

        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            var fits = oneOf.EnumerateArray().Any(option => Check(value, option, path).Count == 0);
            if (!fits)
            {
                problems.Add($"{path}: fits none of the schema's alternatives");
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            var actual = TypeOf(value);
            var ok = allowed.Contains(actual) || (actual == "integer" && allowed.Contains("number"));
            if (!ok)
            {
                problems.Add($"{path}: {actual}, the schema allows {string.Join("|", allowed)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var values) && value.ValueKind != JsonValueKind.Null
            && !values.EnumerateArray().Any(v => v.ValueKind == value.ValueKind && v.ToString() == value.ToString()))
        {
            problems.Add($"{path}: '{value}' is not one of the schema's enum values");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        problems.Add($"{path}: required property '{name}' is missing");
                    }
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.TryGetProperty(property.Name, out var propertySchema))
                    {
                        Walk(property.Value, propertySchema, path + "." + property.Name, problems, depth + 1);
                    }
                    else
                    {
                        problems.Add($"{path}: property '{property.Name}' is not in the schema");
                    }
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Walk(item, items, $"{path}[{i++}]", problems, depth + 1);
            }
        }
    }

    private static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
