using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IndicatorHub.Web.Api;

/// <summary>
/// Describes a double as a number that may be null: the one JSON convention writes NaN and ±∞ as null through a
/// custom converter, which the schema generator cannot see through.
/// </summary>
internal sealed class FiniteNumberSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(double) || type == typeof(double?))
        {
            schema.Type = JsonSchemaType.Number | JsonSchemaType.Null;
            schema.Format = "double";
        }

        return Task.CompletedTask;
    }
}
