using IndicatorHub.Core.Inequality;
using IndicatorHub.Import.Export.Json;
using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Series;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Measures;

/// <summary>
/// GET /api/v1/measures?indicator=&amp;area=&amp;dimension=&amp;group=&amp;period=&amp;measure=&amp;sii_method=: HEAT's
/// summary measures of inequality from the store, computed by the same <see cref="IndicatorStore.ComputeInequalityMeasures"/>
/// as `indicatorhub measures --indicator` and written as the same <see cref="MeasureJson"/> rows. Read-only: the
/// API leaves the measure cache alone (the CLI and the import fill it).
/// </summary>
public static class MeasuresEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapMeasuresApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/measures", Measures).WithName("ListMeasures")
            .WithSummary("Summary measures of inequality (HEAT v6, PHE's slope index) for an indicator, as `indicatorhub measures` computes them from the store.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<List<MeasureJson>>, StatusCodeHttpResult, ProblemHttpResult> Measures(
        HttpContext http, ReadConnection read, IndicatorStore store,
        string? indicator, string? area, string? dimension, string? group, string? period, string? measure, string? sii_method)
    {
        if (ApiResponses.Text(indicator) is not { } indicatorText)
        {
            return ApiResponses.BadRequest("indicator", "give the indicator to measure, e.g. indicator=N00923.");
        }

        if (IndicatorInfoQuery.Run(read.Connection, indicatorText) is null)
        {
            return ApiResponses.NotFound("indicator", $"there is no indicator '{indicatorText}'.");
        }

        var areaText = ApiResponses.Text(area);
        if (areaText is not null && AreaLookupQuery.Run(read.Connection, areaText) is null)
        {
            return ApiResponses.NotFound("area", $"there is no area '{areaText}'.");
        }

        var groupText = ApiResponses.Text(group);
        if (groupText is not null && (groupText.Contains('/', StringComparison.Ordinal) || groupText.Contains('\\', StringComparison.Ordinal) || groupText.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            // The CLI may name a network file; the web never reads files a request names.
            return ApiResponses.BadRequest("group", "name a county, a kommungrupp or a stored network, not a file.");
        }

        var method = ApiResponses.Text(sii_method)?.ToLowerInvariant() ?? "heat";
        if (method is not ("heat" or "linear" or "phe"))
        {
            return ApiResponses.BadRequest("sii_method", $"'{sii_method}' is not heat, linear or phe.");
        }

        var options = InequalityOptions.Default with
        {
            SiiMethod = method switch { "linear" => SiiMethod.Linear, "phe" => SiiMethod.Phe, _ => SiiMethod.Heat },
        };
        if (ApiResponses.Text(measure) is { } measureText)
        {
            var measures = measureText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            var unknown = measures.Where(m => !InequalityMeasures.All.Contains(m, StringComparer.Ordinal)).ToList();
            if (measures.Count == 0 || unknown.Count > 0)
            {
                return ApiResponses.BadRequest("measure", $"unknown measure {string.Join(", ", unknown.Select(u => "'" + u + "'"))}; choose from {string.Join(",", InequalityMeasures.All)}.");
            }

            options = options with { Measures = measures };
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var request = new MeasureRequest(indicatorText)
        {
            Area = areaText,
            Dimension = ApiResponses.Text(dimension)?.ToLowerInvariant(),
            Group = groupText,
            Period = ApiResponses.Text(period),
        };
        MeasureRun run;
        try
        {
            run = store.ComputeInequalityMeasures(request, options, useCache: false);
        }
        catch (MeasureRequestException e)
        {
            http.Response.Headers.Remove("ETag");
            return ApiResponses.BadRequest(e.Problem == MeasureRequestProblem.NotAGroup ? "group" : "dimension", Wording(e));
        }
        catch (ArgumentException e)
        {
            http.Response.Headers.Remove("ETag");
            return ApiResponses.NotFound(groupText is null ? "dimension" : "group", e.Message.Split(" (Parameter")[0]);
        }

        return TypedResults.Ok(run.Groups
            .SelectMany(g => g.Results.Select(r => MeasureJson.From(g.Group.Setting, g.Group.Period, g.Group.Indicator, g.Group.Dimension, r)))
            .ToList());
    }

    /// <summary>The API's English for a request that does not combine, naming the query fields.</summary>
    private static string Wording(MeasureRequestException e) => e.Problem switch
    {
        MeasureRequestProblem.AreasNeedGroup => "the dimension 'areas' needs group: a county, a kommungrupp or a network.",
        MeasureRequestProblem.GroupWithOtherDimension => $"group compares municipalities (dimension 'areas'); it does not combine with dimension '{e.Dimension}'.",
        MeasureRequestProblem.AreaWithGroup => "area and group do not combine: the group's municipalities are the subgroups.",
        MeasureRequestProblem.NotAGroup => $"'{e.Subject}' is the {e.AreaKind} {e.AreaName}; group takes a county, a kommungrupp or a network.",
        MeasureRequestProblem.DimensionOfAnotherIndicator => $"'{e.Dimension}' is a breakdown of {e.ParentIndicator} assembled from {string.Join(", ", e.Related)}; use indicator={e.ParentIndicator}.",
        _ => $"{e.Indicator} has no dimension '{e.Dimension}'; it has {string.Join(", ", e.Related)} (areas with group).",
    };
}
