using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Areas;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Areas;

/// <summary>GET /api/v1/areas[?kind=] and /api/v1/areas/{code}.</summary>
public static class AreasEndpoints
{
    /// <summary>Maps the area endpoints.</summary>
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/areas", List).WithName("ListAreas").WithSummary("Every area: riket, the regions and the municipalities, optionally of one kind.");
        api.MapGet("/areas/{code}", One).WithName("GetArea").WithSummary("One area by SCB code, Kolada id or name.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<List<AreaJson>>, StatusCodeHttpResult, ProblemHttpResult> List(HttpContext http, ReadConnection read, string? kind)
    {
        var wanted = ApiResponses.Text(kind)?.ToLowerInvariant();
        if (wanted is not (null or "country" or "region" or "municipality" or "other"))
        {
            return ApiResponses.BadRequest("kind", $"'{kind}' is not a kind of area; use country, region, municipality or other.");
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        return TypedResults.Ok(AreaListQuery.Run(read.Connection)
            .Where(a => wanted is null || AreaKinds.ToText(a.Kind) == wanted)
            .Select(AreaJson.From)
            .ToList());
    }

    internal static Results<Ok<AreaJson>, StatusCodeHttpResult, ProblemHttpResult> One(HttpContext http, ReadConnection read, string code)
    {
        if (AreaLookupQuery.Run(read.Connection, code) is not { } area)
        {
            return ApiResponses.NotFound("code", $"there is no area '{code}'.");
        }

        return ApiResponses.IsNotModified(http) ? ApiResponses.NotModified() : TypedResults.Ok(AreaJson.From(area));
    }
}
