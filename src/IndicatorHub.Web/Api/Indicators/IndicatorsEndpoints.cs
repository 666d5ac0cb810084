using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Queries.Series;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Indicators;

/// <summary>An indicator in a list.</summary>
public sealed record IndicatorSummaryJson(string Id, string Title, string? TitleEn, string? Unit, bool? HigherIsBetter, bool DividedByGender);

/// <summary>One page of indicators (page numbers from 1; items empty past the last page).</summary>
public sealed record IndicatorPageJson(IReadOnlyList<IndicatorSummaryJson> Items, int Page, int PageSize, int Total, int PageCount);

/// <summary>An indicator's SDG link.</summary>
public sealed record SdgLinkJson(int Goal, string? Target, bool Primary, string Source);

/// <summary>One indicator with its metadata, the batch that set it and its SDG links.</summary>
/// <param name="HigherIsBetter">The indicator's own direction; null when unknown.</param>
public sealed record IndicatorJson(string Id, string Title, string? TitleEn, string? Description, string? Unit, string? Source, bool? HigherIsBetter, double? Scale, bool DividedByGender, long? Batch, IReadOnlyList<SdgLinkJson> Sdg);

/// <summary>GET /api/v1/indicators[?q=&amp;page=&amp;page_size=] and /api/v1/indicators/{id}.</summary>
public static class IndicatorsEndpoints
{
    /// <summary>At most this many indicators per page.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Maps the indicator endpoints.</summary>
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/indicators", List).WithName("ListIndicators")
            .WithSummary("Indicators by id, paged (page from 1, page_size 1–500, default 50), optionally matching q in the id or either title.");
        api.MapGet("/indicators/{id}", One).WithName("GetIndicator").WithSummary("One indicator's metadata and SDG links.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<IndicatorPageJson>, StatusCodeHttpResult, ProblemHttpResult> List(HttpContext http, ReadConnection read, string? q, string? page, string? page_size)
    {
        if (!ApiResponses.TryInt(page, 1, 1, int.MaxValue, out var pageNumber))
        {
            return ApiResponses.BadRequest("page", $"'{page}' is not a page number (1 or more).");
        }

        if (!ApiResponses.TryInt(page_size, IndicatorListQuery.DefaultPageSize, 1, MaxPageSize, out var size))
        {
            return ApiResponses.BadRequest("page_size", $"'{page_size}' is not a page size from 1 to {MaxPageSize}.");
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var result = IndicatorListQuery.Run(read.Connection, ApiResponses.Text(q), pageNumber, size);
        var items = pageNumber > result.PageCount
            ? []
            : result.Items.Select(i => new IndicatorSummaryJson(i.Id, i.Title, i.TitleEn, i.Unit, i.HigherIsBetter, i.DividedByGender)).ToList();
        return TypedResults.Ok(new IndicatorPageJson(items, pageNumber, size, result.Total, result.PageCount));
    }

    internal static Results<Ok<IndicatorJson>, StatusCodeHttpResult, ProblemHttpResult> One(HttpContext http, ReadConnection read, string id)
    {
        if (IndicatorInfoQuery.Run(read.Connection, id) is not { } i)
        {
            return ApiResponses.NotFound("id", $"there is no indicator '{id}'.");
        }

        return ApiResponses.IsNotModified(http)
            ? ApiResponses.NotModified()
            : TypedResults.Ok(new IndicatorJson(i.Code, i.Title, i.TitleEn, i.Description, i.Unit, i.Source, i.HigherIsBetter, i.Scale, i.DividedByGender, i.Batch,
                [.. i.Links.Select(l => new SdgLinkJson(l.Goal, l.Target, l.IsPrimary, l.Source))]));
    }
}
