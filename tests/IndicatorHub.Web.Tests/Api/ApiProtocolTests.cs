using System.Net;
using System.Text.Json;

namespace IndicatorHub.Web.Tests.Api;

/// <summary>What holds for the whole API: the OpenAPI document, ETags, GET only, no 500 for any bad filter, security headers.</summary>
public sealed class ApiProtocolTests
{
    private static readonly string[] Paths =
    [
        "/api/v1/areas", "/api/v1/areas/{code}", "/api/v1/areas/{code}/profile", "/api/v1/areas/{code}/similar",
        "/api/v1/indicators", "/api/v1/indicators/{id}", "/api/v1/observations", "/api/v1/measures",
        "/api/v1/sdg/goals", "/api/v1/sdg/targets", "/api/v1/sdg/mapping", "/api/v1/sdg/coverage", "/api/v1/sdg/progress",
        "/api/v1/networks", "/api/v1/networks/{slug}",
    ];

    [Test]
    public async Task The_openapi_document_describes_every_endpoint_with_a_snake_case_schema()
    {
        using var client = SharedFactory.Client();
        var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var schemas = doc.GetProperty("components").GetProperty("schemas");

        Assert.Multiple(() =>
        {
            Assert.That(paths, Is.EquivalentTo(Paths));
            foreach (var path in Paths)
            {
                Assert.That(ApiClient.Schema.ResponseSchema(path).ValueKind, Is.EqualTo(JsonValueKind.Object), path);
            }

            var observation = schemas.GetProperty("StoredObservation").GetProperty("properties");
            Assert.That(observation.TryGetProperty("ci_lb", out _), Is.True, "snake_case as the CLI writes it");
            Assert.That(observation.GetProperty("value").GetProperty("type").EnumerateArray().Select(t => t.GetString()), Is.EquivalentTo(new[] { "number", "null" }));
        });
    }

    [Test]
    public async Task The_checker_finds_a_body_that_does_not_fit()
    {
        // The checker must fail when a required property is missing or has the wrong type, or it proves nothing.
        var schema = ApiClient.Schema.ResponseSchema("/api/v1/areas/{code}");
        var wrong = JsonDocument.Parse("""{"code": 1281, "name": "Lund"}""").RootElement;

        Assert.That(ApiClient.Schema.Check(wrong, schema), Has.Some.Contains("'kind' is missing").And.Some.Contains("$.code: integer"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task A_response_has_a_weak_etag_that_answers_304_and_differs_by_query()
    {
        var first = await ApiClient.Get("/api/v1/observations?indicator=N00923&area=1281");
        var again = await ApiClient.Get("/api/v1/observations?indicator=N00923&area=1281", first.ETag);
        var other = await ApiClient.Get("/api/v1/observations?indicator=N00925&area=1281");

        Assert.Multiple(() =>
        {
            Assert.That(first.ETag, Does.StartWith("W/\""));
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(again.Json.ValueKind, Is.EqualTo(JsonValueKind.Undefined), "no body with 304");
            Assert.That(other.ETag, Is.Not.EqualTo(first.ETag));
        });
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task Only_get_is_allowed(string method)
    {
        using var client = SharedFactory.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/api/v1/areas", UriKind.Relative));

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task No_bad_filter_gives_a_500()
    {
        string[] junk = ["", "%00", "'; DROP TABLE areas;--", "../../etc/passwd", "ÅÄÖ", "-1", "99999999999999999999", "1e309", "NaN", new string('x', 3000)];
        string[] urls =
        [
            "/api/v1/areas?kind={0}", "/api/v1/areas/{0}", "/api/v1/areas/{0}/profile", "/api/v1/areas/1281/similar?indicators={0}",
            "/api/v1/areas/1281/similar?weights={0}", "/api/v1/areas/1281/similar?year={0}", "/api/v1/areas/1281/similar?k={0}",
            "/api/v1/indicators?q={0}&page={0}", "/api/v1/indicators/{0}", "/api/v1/observations?indicator={0}",
            "/api/v1/observations?indicator=N00923&period={0}&dimension={0}", "/api/v1/observations?cursor={0}",
            "/api/v1/measures?indicator=N03920&dimension={0}", "/api/v1/measures?indicator=N03920&group={0}", "/api/v1/measures?indicator=N03920&period={0}",
            "/api/v1/sdg/targets?goal={0}", "/api/v1/sdg/coverage?periods={0}", "/api/v1/sdg/progress?indicator={0}&area={0}", "/api/v1/networks/{0}",
        ];
        var failures = new List<string>();
        foreach (var url in urls)
        {
            foreach (var value in junk)
            {
                var response = await ApiClient.Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, Uri.EscapeDataString(value)).Replace("/api/v1/areas//", "/api/v1/areas/x/", StringComparison.Ordinal));
                if ((int)response.Status >= 500)
                {
                    failures.Add($"{url} with '{value[..Math.Min(20, value.Length)]}': {(int)response.Status}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Security_headers_hold_on_the_api_and_the_document()
    {
        using var client = SharedFactory.Client();
        foreach (var url in new[] { "/api/v1/areas", "/openapi/v1.json" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.That(response.Headers.TryGetValues("Content-Security-Policy", out var csp) ? string.Concat(csp) : "", Does.Contain("default-src 'self'"), url);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Does.Contain("nosniff"), url);
        }
    }
}
