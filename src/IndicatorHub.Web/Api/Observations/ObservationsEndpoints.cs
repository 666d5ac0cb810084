using System.Buffers.Text;
using System.Globalization;
using System.Text;
using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Observations;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Observations;

/// <summary>
/// One page of observations, each as `indicatorhub export observations --format json` writes it (the long CSV's
/// columns), and the cursor of the next page (null on the last).
/// </summary>
public sealed record ObservationPageJson(IReadOnlyList<StoredObservation> Items, int PageSize, string? NextCursor);

/// <summary>
/// GET /api/v1/observations?indicator=&amp;area=&amp;period=&amp;dimension=&amp;page_size=&amp;cursor=: observations
/// filtered by any of indicator, area, period and dimension, paged by cursor (keyset paging on the primary key:
/// pass next_cursor back as cursor; a page never shifts when data is added, and a deep page costs as little as the
/// first). page_size 1–10 000, default 1 000.
/// </summary>
public static class ObservationsEndpoints
{
    /// <summary>Default rows per page.</summary>
    public const int DefaultPageSize = 1000;

    /// <summary>At most this many rows per page.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapObservationsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/observations", Page).WithName("ListObservations")
            .WithSummary("Observations filtered by indicator, area, period and dimension; cursor paging (page_size 1–10000, default 1000; pass next_cursor as cursor).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<ObservationPageJson>, StatusCodeHttpResult, ProblemHttpResult> Page(
        HttpContext http, ReadConnection read, string? indicator, string? area, string? period, string? dimension, string? page_size, string? cursor)
    {
        if (!ApiResponses.TryInt(page_size, DefaultPageSize, 1, MaxPageSize, out var size))
        {
            return ApiResponses.BadRequest("page_size", $"'{page_size}' is not a page size from 1 to {MaxPageSize}.");
        }

        ObservationKey? after = null;
        if (ApiResponses.Text(cursor) is { } cursorText && (after = DecodeCursor(cursorText)) is null)
        {
            return ApiResponses.BadRequest("cursor", "not a cursor this API gave (use next_cursor from the previous page).");
        }

        var periodText = ApiResponses.Text(period);
        if (periodText is { Length: > 20 })
        {
            return ApiResponses.BadRequest("period", "a period is at most 20 characters (2022, 2018-2021, 2025-12).");
        }

        var dimensionText = ApiResponses.Text(dimension)?.ToLowerInvariant();
        if (dimensionText is { Length: > 64 })
        {
            return ApiResponses.BadRequest("dimension", "a dimension id is at most 64 characters (total, sex, income_quintile).");
        }

        var connection = read.Connection;
        long? indicatorKey = null, areaKey = null;
        if (ApiResponses.Text(indicator) is { } indicatorText)
        {
            if (IndicatorInfoQuery.Run(connection, indicatorText) is not { } info)
            {
                return ApiResponses.NotFound("indicator", $"there is no indicator '{indicatorText}'.");
            }

            indicatorKey = info.Key;
        }

        if (ApiResponses.Text(area) is { } areaText)
        {
            if (ProfileAreaQuery.Run(connection, areaText) is not { } found)
            {
                return ApiResponses.NotFound("area", $"there is no area '{areaText}'.");
            }

            areaKey = found.Key;
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var page = ObservationPageQuery.Run(connection, new ObservationPageFilter(indicatorKey, areaKey, periodText, dimensionText), after, size);
        return TypedResults.Ok(new ObservationPageJson(page.Rows, size, page.Next is null ? null : EncodeCursor(page.Next)));
    }

    /// <summary>The key as base64url text: indicator key, area key, period, dimension, subgroup, separated by U+001F.</summary>
    internal static string EncodeCursor(ObservationKey key)
    {
        var text = string.Join('\u001f', key.IndicatorKey.ToString(CultureInfo.InvariantCulture), key.AreaKey.ToString(CultureInfo.InvariantCulture), key.Period, key.Dimension, key.Subgroup);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    internal static ObservationKey? DecodeCursor(string cursor)
    {
        if (cursor.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\u001f');
            return parts.Length == 5
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorKey)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var areaKey)
                ? new ObservationKey(indicatorKey, areaKey, parts[2], parts[3], parts[4])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
