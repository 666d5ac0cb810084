using System.Net;
using System.Text.Json;

namespace IndicatorHub.Web.Tests.Api;

/// <summary>GETs against the shared seeded app, with the OpenAPI document loaded once for shape checks.</summary>
internal static class ApiClient
{
    private static readonly Lazy<OpenApiSchemaChecker> s_checker = new(() =>
    {
        using var client = SharedFactory.Client();
        var text = client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)).GetAwaiter().GetResult();
        return new OpenApiSchemaChecker(JsonDocument.Parse(text).RootElement.Clone());
    });

    internal static OpenApiSchemaChecker Schema => s_checker.Value;

    internal sealed record Response(HttpStatusCode Status, JsonElement Json, string? ContentType, string? ETag);

    internal static async Task<Response> Get(string url, string? ifNoneMatch = null)
    {
        using var client = SharedFactory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        return new Response(response.StatusCode, json, response.Content.Headers.ContentType?.MediaType, response.Headers.ETag?.ToString());
    }

    /// <summary>GET <paramref name="url"/>, assert 200 and that the body fits GET <paramref name="pathTemplate"/>'s 200 schema.</summary>
    internal static async Task<JsonElement> GetChecked(string url, string pathTemplate)
    {
        var response = await Get(url);
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), url);
        Assert.That(response.ContentType, Is.EqualTo("application/json"), url);
        Assert.That(Schema.Check(response.Json, Schema.ResponseSchema(pathTemplate)), Is.Empty, url + " fits its OpenAPI schema");
        return response.Json;
    }

    /// <summary>GET <paramref name="url"/> and assert a problem details answer with <paramref name="status"/> naming <paramref name="field"/>.</summary>
    internal static async Task AssertProblem(string url, HttpStatusCode status, string field)
    {
        var response = await Get(url);
        Assert.That(response.Status, Is.EqualTo(status), url);
        Assert.That(response.ContentType, Is.EqualTo("application/problem+json"), url);
        Assert.That(response.Json.GetProperty("status").GetInt32(), Is.EqualTo((int)status), url);
        Assert.That(response.Json.GetProperty("field").GetString(), Is.EqualTo(field), url);
        Assert.That(response.Json.GetProperty("detail").GetString(), Does.StartWith(field + ": "), url);
    }
}
