using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Networks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Networks;

/// <summary>A network in the list.</summary>
/// <param name="IsExample">A shipped example whose member list is known to be incomplete.</param>
public sealed record NetworkSummaryJson(string Slug, string Name, bool IsExample, int MemberCount, string? Source);

/// <summary>A member and the public page that names it.</summary>
public sealed record NetworkMemberJson(AreaJson Area, string? SourceUrl, DateOnly? SourceDate, string? Note);

/// <summary>A network with its members (by name) and their codes (sorted), usable as a benchmark group.</summary>
public sealed record NetworkJson(string Slug, string Name, bool IsExample, string? Source, DateTimeOffset UpdatedAt, IReadOnlyList<NetworkMemberJson> Members, IReadOnlyList<string> MemberCodes);

/// <summary>GET /api/v1/networks and /api/v1/networks/{slug}.</summary>
public static class NetworksEndpoints
{
    /// <summary>Maps the network endpoints.</summary>
    public static RouteGroupBuilder MapNetworksApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/networks", List).WithName("ListNetworks").WithSummary("Every network of municipalities and regions, by name.");
        api.MapGet("/networks/{slug}", One).WithName("GetNetwork").WithSummary("One network (URL key or name) with its members and where each membership is documented.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<List<NetworkSummaryJson>>, StatusCodeHttpResult> List(HttpContext http, ReadConnection read) =>
        ApiResponses.IsNotModified(http)
            ? ApiResponses.NotModified()
            : TypedResults.Ok(NetworkListQuery.Run(read.Connection).Select(n => new NetworkSummaryJson(n.Slug, n.Name, n.IsExample, n.MemberCount, n.Source)).ToList());

    internal static Results<Ok<NetworkJson>, StatusCodeHttpResult, ProblemHttpResult> One(HttpContext http, ReadConnection read, string slug)
    {
        if (NetworkQuery.Run(read.Connection, slug) is not { } n)
        {
            return ApiResponses.NotFound("slug", $"there is no network '{slug}'.");
        }

        return ApiResponses.IsNotModified(http)
            ? ApiResponses.NotModified()
            : TypedResults.Ok(new NetworkJson(n.Slug, n.Name, n.IsExample, n.Source, n.UpdatedAt,
                [.. n.Members.Select(m => new NetworkMemberJson(AreaJson.From(m.Area), m.SourceUrl, m.SourceDate, m.Note))], n.MemberCodes));
    }
}
