using IndicatorHub.Core.Areas;
using IndicatorHub.Core.Similarity;
using IndicatorHub.Import.Export.Json;
using IndicatorHub.Presentation;
using IndicatorHub.Web.Similarity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Similar;

/// <summary>How one indicator was standardised and whether it was used.</summary>
public sealed record SimilarIndicatorJson(string Indicator, double Weight, int Count, double? Mean, double? StandardDeviation, SimilarityIndicatorUse Use);

/// <summary>One similar municipality: rank (1 nearest), distance index and how many indicators it rests on.</summary>
public sealed record SimilarAreaJson(int Rank, string Code, string Name, double Distance, int SharedIndicators);

/// <summary>
/// The k municipalities most similar to an area: distance d = √(Σ wᵢ (z_a,i − z_b,i)² / Σ wᵢ) over shared indicators,
/// z-scores with the population SD among all municipalities in the year; area_codes is the benchmark group.
/// </summary>
public sealed record SimilarJson(AreaRefJson Area, string? Year, bool DefaultIndicators, IReadOnlyList<SimilarIndicatorJson> Indicators, IReadOnlyList<SimilarAreaJson> Similar, IReadOnlyList<string> AreaCodes, SimilarityProblem Problem);

/// <summary>GET /api/v1/areas/{code}/similar?indicators=&amp;weights=&amp;year=&amp;k=: the page's answer as JSON.</summary>
public static class SimilarEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapSimilarApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/areas/{code}/similar", Similar).WithName("GetSimilarMunicipalities")
            .WithSummary("The k (default 7) municipalities most similar to a municipality by weighted distance between z-scores; default indicators N01982, N03920, N66077.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<SimilarJson>, StatusCodeHttpResult, ProblemHttpResult> Similar(
        HttpContext http, ReadConnection read, string code, string? indicators, string? weights, string? year, string? k)
    {
        var service = new SimilarityService(read);
        if (service.FindArea(code) is not { } area)
        {
            return ApiResponses.NotFound("code", $"there is no area '{code}'.");
        }

        if (area.Kind != AreaKind.Municipality)
        {
            return ApiResponses.BadRequest("code", $"{area.Name} is not a municipality; similar municipalities are found for municipalities only.");
        }

        if (!SimilarityRequestParser.TryParse(indicators, weights, year, k, out var request, out var error)
            || service.Find(area, request, out error) is not { } view)
        {
            return error!.Problem == SimilarityRequestProblem.UnknownIndicator
                ? ApiResponses.NotFound(error.Field, $"there is no indicator '{error.Value}'.")
                : ApiResponses.BadRequest(error.Field, Wording(error));
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var result = view.Result;
        return TypedResults.Ok(new SimilarJson(
            AreaRefJson.From(area), view.Year, request.UsesDefaultIndicators,
            [.. result.Indicators.Select(i => new SimilarIndicatorJson(i.Indicator, i.Weight, i.Count, i.Mean, i.StandardDeviation, i.Use))],
            [.. result.Nearest.Select(n => new SimilarAreaJson(n.Rank, n.Area, view.Areas.TryGetValue(n.Area, out var a) ? a.Name : n.Area, n.Distance, n.SharedIndicators))],
            result.AreaCodes,
            result.Problem));
    }

    private static string Wording(SimilarityRequestError error) => error.Problem switch
    {
        SimilarityRequestProblem.TooManyIndicators => $"at most {SimilarityRequestParser.MaxIndicators} indicators.",
        SimilarityRequestProblem.WeightCountMismatch => "give one weight per indicator, or none.",
        SimilarityRequestProblem.BadWeight => $"'{error.Value}' is not a positive number.",
        SimilarityRequestProblem.BadYear => $"'{error.Value}' is not a four-digit year.",
        SimilarityRequestProblem.BadCount => $"'{error.Value}' is not a whole number from 1 to {SimilarityRequestParser.MaxCount}.",
        _ => "bad value.",
    };
}
