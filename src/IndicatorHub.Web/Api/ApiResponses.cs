using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Storage.Generations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace IndicatorHub.Web.Api;

/// <summary>Problem details, ETags and query-string parsing shared by the API's endpoints.</summary>
internal static class ApiResponses
{
    /// <summary>400 naming the field (also in the <c>field</c> extension).</summary>
    internal static ProblemHttpResult BadRequest(string field, string reason) =>
        TypedResults.Problem(detail: $"{field}: {reason}", statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>404 naming the field whose value names nothing.</summary>
    internal static ProblemHttpResult NotFound(string field, string reason) =>
        TypedResults.Problem(detail: $"{field}: {reason}", statusCode: StatusCodes.Status404NotFound, title: "Not found",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>
    /// Sets a weak ETag from the data generation and the request's path and query (the response depends on nothing
    /// else), and says whether the client's If-None-Match already has it (then answer 304). The generation moves with
    /// every import, rollback, mapping, metadata and network change (migration 12), so a rollback is a new ETag too.
    /// </summary>
    internal static bool IsNotModified(HttpContext http)
    {
        var version = http.RequestServices.GetRequiredService<DataGenerationWatch>().Current.ToString(CultureInfo.InvariantCulture);
        var key = string.Join('|', "v1", version, http.Request.Path.Value, http.Request.QueryString.Value);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20] + "\"", isWeak: true);
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "public, no-cache";
        return http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
    }

    /// <summary>304 without a body.</summary>
    internal static StatusCodeHttpResult NotModified() => TypedResults.StatusCode(StatusCodes.Status304NotModified);

    /// <summary>An optional whole number within [min, max]; false when given and not one.</summary>
    internal static bool TryInt(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    /// <summary>Trimmed text, or null when empty.</summary>
    internal static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
