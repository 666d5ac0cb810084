using IndicatorHub.Core.Sdg;
using IndicatorHub.Import.Export.Json;
using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Sdg;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Sdg;

/// <summary>
/// GET /api/v1/sdg/goals, /sdg/targets[?goal=], /sdg/mapping[?indicator=], /sdg/coverage[?area=&amp;periods=] and
/// /sdg/progress?indicator=[&amp;area=]: the same records `indicatorhub sdg … --format json` writes.
/// </summary>
public static class SdgEndpoints
{
    /// <summary>Maps the SDG endpoints.</summary>
    public static RouteGroupBuilder MapSdgApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/sdg/goals", Goals).WithName("ListSdgGoals").WithSummary("The 17 goals with Swedish and English names and colours.");
        api.MapGet("/sdg/targets", Targets).WithName("ListSdgTargets").WithSummary("The 169 targets, or those of one goal (goal=1..17).");
        api.MapGet("/sdg/mapping", Mapping).WithName("ListSdgMapping").WithSummary("Every indicator → goal/target mapping, or one indicator's.");
        api.MapGet("/sdg/coverage", Coverage).WithName("GetSdgCoverage")
            .WithSummary("Indicators and municipalities with recent data per goal and target (periods: latest years counted, default 3), for all municipalities or one area.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/sdg/progress", Progress).WithName("GetSdgProgress")
            .WithSummary("Progress towards 2030 of one indicator in one area (default 00, riket), Open SDG's method, with the numbers behind it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<List<SdgGoalJson>>, StatusCodeHttpResult> Goals(HttpContext http) =>
        ApiResponses.IsNotModified(http) ? ApiResponses.NotModified() : TypedResults.Ok(SdgCatalogue.Load().Goals.Select(SdgGoalJson.From).ToList());

    internal static Results<Ok<List<SdgTargetJson>>, StatusCodeHttpResult, ProblemHttpResult> Targets(HttpContext http, string? goal)
    {
        var catalogue = SdgCatalogue.Load();
        if (!ApiResponses.TryInt(goal, 0, 1, 17, out var number))
        {
            return ApiResponses.BadRequest("goal", $"'{goal}' is not a goal; goals are 1-17.");
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var targets = number == 0 ? catalogue.Targets : catalogue.TargetsOf(number);
        return TypedResults.Ok(targets.Select(SdgTargetJson.From).ToList());
    }

    internal static Results<Ok<List<SdgMappingJson>>, StatusCodeHttpResult> Mapping(HttpContext http, ReadConnection read, string? indicator)
    {
        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var only = ApiResponses.Text(indicator);
        return TypedResults.Ok(SdgMappingQuery.Run(read.Connection)
            .Where(m => only is null || string.Equals(m.IndicatorId, only, StringComparison.OrdinalIgnoreCase))
            .Select(SdgMappingJson.From)
            .ToList());
    }

    internal static Results<Ok<SdgCoverageJson>, StatusCodeHttpResult, ProblemHttpResult> Coverage(HttpContext http, ReadConnection read, string? area, string? periods)
    {
        if (!ApiResponses.TryInt(periods, SdgCoverage.DefaultPeriods, 1, 100, out var count))
        {
            return ApiResponses.BadRequest("periods", $"'{periods}' is not a number of years from 1 to 100.");
        }

        var areaText = ApiResponses.Text(area);
        var found = areaText is null ? null : AreaLookupQuery.Run(read.Connection, areaText);
        if (areaText is not null && found is null)
        {
            return ApiResponses.NotFound("area", $"there is no area '{areaText}'.");
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        return TypedResults.Ok(SdgCoverageJson.From(SdgCoverageQuery.Run(read.Connection, found, count), found));
    }

    internal static Results<Ok<SdgProgressJson>, StatusCodeHttpResult, ProblemHttpResult> Progress(HttpContext http, ReadConnection read, string? indicator, string? area)
    {
        if (ApiResponses.Text(indicator) is not { } id)
        {
            return ApiResponses.BadRequest("indicator", "give the indicator to assess, e.g. indicator=N00923.");
        }

        var areaText = ApiResponses.Text(area) ?? "00";
        if (AreaLookupQuery.Run(read.Connection, areaText) is not { } found)
        {
            return ApiResponses.NotFound("area", $"there is no area '{areaText}'.");
        }

        if (SdgProgressQuery.RunOne(read.Connection, id, found) is not { } assessment)
        {
            return ApiResponses.NotFound("indicator", $"there is no indicator '{id}'.");
        }

        return ApiResponses.IsNotModified(http) ? ApiResponses.NotModified() : TypedResults.Ok(SdgProgressJson.From(assessment));
    }
}
