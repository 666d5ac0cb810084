using System.Globalization;
using System.Text.Json;
using IndicatorHub.Core.Output;
using IndicatorHub.Storage.Generations;
using IndicatorHub.Web.Api.Areas;
using IndicatorHub.Web.Api.Indicators;
using IndicatorHub.Web.Api.Measures;
using IndicatorHub.Web.Api.Networks;
using IndicatorHub.Web.Api.Observations;
using IndicatorHub.Web.Api.Profiles;
using IndicatorHub.Web.Api.Sdg;
using IndicatorHub.Web.Api.Similar;

namespace IndicatorHub.Web.Api;

/// <summary>
/// The JSON API under /api/v1 (anonymous, read-only, GET only) and its OpenAPI document at /openapi/v1.json.
/// Every response goes through the one JSON convention (<see cref="JsonOutput"/>: snake_case, null for missing or
/// non-finite numbers, invariant numbers), which the CLI's JSON uses too; errors are problem details naming the
/// field; every 200 carries a weak ETag from the store's version and answers If-None-Match with 304.
/// </summary>
public static class ApiRegistration
{
    /// <summary>The OpenAPI document's name: /openapi/v1.json.</summary>
    public const string DocumentName = "v1";

    private const string CachePolicy = "api";

    /// <summary>Registers the OpenAPI document and the JSON convention for minimal-API results.</summary>
    public static WebApplicationBuilder AddIndicatorHubApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(o => Apply(o.SerializerOptions));
        builder.Services.AddProblemDetails();

        // Whole responses kept per URL and store version: the same request on unchanged data is answered from
        // memory (a whole indicator's observations is megabytes of JSON), and any import, mapping or network change
        // gives a new version and so a miss. Only 200s of anonymous GETs are kept (the default policy's rules).
        builder.Services.AddOutputCache(o => o.AddPolicy(CachePolicy, b => b
            .Expire(TimeSpan.FromMinutes(10))
            .VaryByValue(http => new("data_generation", http.RequestServices.GetRequiredService<DataGenerationWatch>().Current.ToString(CultureInfo.InvariantCulture)))));
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "IndicatorHub API";
                document.Info.Description = "Agenda 2030 health-equity indicators for Swedish municipalities and regions: areas, indicators, observations, profiles, inequality measures, SDG goals, targets, mapping, coverage and progress, similar municipalities and networks. Read-only; JSON in snake_case with null for missing values; weak ETags with If-None-Match → 304.";
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<FiniteNumberSchemaTransformer>();
        });
        return builder;
    }

    /// <summary>Maps /api/v1 and /openapi/v1.json.</summary>
    public static WebApplication MapIndicatorHubApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        // The output cache middleware is the app's one (UseIndicatorHubOutputCache); a second instance throws.
        var api = app.MapGroup("/api/v1").WithTags("IndicatorHub").ProducesProblem(StatusCodes.Status400BadRequest).CacheOutput(CachePolicy);
        api.MapAreasApi();
        api.MapIndicatorsApi();
        api.MapObservationsApi();
        api.MapProfileApi();
        api.MapMeasuresApi();
        api.MapSdgApi();
        api.MapSimilarApi();
        api.MapNetworksApi();
        return app;
    }

    /// <summary>Copies the one JSON convention onto minimal-API options (which the OpenAPI schemas are generated from).</summary>
    private static void Apply(JsonSerializerOptions target)
    {
        var source = JsonOutput.Options;
        target.PropertyNamingPolicy = source.PropertyNamingPolicy;
        target.DictionaryKeyPolicy = source.DictionaryKeyPolicy;
        target.Encoder = source.Encoder;
        target.NumberHandling = source.NumberHandling;
        target.DefaultIgnoreCondition = source.DefaultIgnoreCondition;
        foreach (var converter in source.Converters)
        {
            target.Converters.Add(converter);
        }
    }
}
