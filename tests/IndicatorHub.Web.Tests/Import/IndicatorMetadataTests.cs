using System.Net;
using Dapper;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>/import/indicator: the metadata form for a new indicator and the SDG suggestions accepted in the same flow.</summary>
public sealed class IndicatorMetadataTests
{
    private const string Page = "/import/indicator?code=U99999";

    private IndicatorHubFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new IndicatorHubFactory(seed: false);
        ImportTestData.ImportDirectly(_factory, "new.csv", ImportTestData.Header + "U99999,0180,2021,total,total,12.5\n");
        _client = await AnalystSession.SignedInAsync(_factory, "anna", UserRole.Analyst);
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Metadata_is_saved_then_the_suggestions_it_leads_to_are_accepted_as_mappings_all_audited()
    {
        var first = await _client.GetStringAsync(Page);
        Assert.That(first, Does.Contain("value=\"U99999\"").And.Contain("Inga förslag"), "a code as title suggests nothing");
        Assert.That(Stored(), Is.EqualTo(("U99999", (string?)null, (long?)null, (double?)null, 1L)));

        var save = await PostAsync(("Title", "Andel som röker"), ("Unit", "%"), ("Direction", "lower"), ("Scale", "100"), ("Description", "Invånare som röker dagligen."));
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await save.Content.ReadAsStringAsync();
        Assert.That(Stored(), Is.EqualTo(("Andel som röker", (string?)"%", (long?)0, (double?)100, 0L)));
        Assert.That(html, Does.Contain("value=\"3:3.a\""), "the saved title suggests target 3.a (tobacco)");

        var accept = await PostAsync(("Title", "Andel som röker"), ("Unit", "%"), ("Direction", "lower"), ("Scale", "100"), ("Accept", "3:3.a"));
        Assert.That(accept.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Mappings(), Is.EqualTo(new[] { "3 3.a suggestion 1" }));
        Assert.That(Audit(), Does.Contain("anna IndicatorEdited").And.Contain("anna SdgSuggestionAccepted"));
    }

    [TestCase("Scale", "hundra")]
    [TestCase("Scale", "-5")]
    [TestCase("Title", "  ")]
    [TestCase("Accept", "17:17.1")]
    public async Task A_bad_field_or_a_goal_not_offered_is_400_and_changes_nothing(string field, string value)
    {
        var before = (Stored(), Mappings().Count, Audit().Count);
        var fields = new Dictionary<string, string> { ["Title"] = "Andel som röker", ["Direction"] = "lower", [field] = value };
        var response = await PostAsync(fields.Select(f => (f.Key, f.Value)).ToArray());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\""));
        Assert.That((Stored(), Mappings().Count, Audit().Count), Is.EqualTo(before));
    }

    [Test]
    public async Task An_unknown_indicator_is_404()
    {
        Assert.That((await _client.GetAsync("/import/indicator?code=NOPE")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _client.GetAsync("/import/indicator")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields)
    {
        var token = await AnalystSession.TokenAsync(_client, Page);
        return await _client.PostAsync(Page, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    private (string Title, string? Unit, long? HigherIsBetter, double? Scale, long NeedsMetadata) Stored()
    {
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return connection.QuerySingle<(string, string?, long?, double?, long)>(
            "SELECT title, unit, higher_is_better, scale, needs_metadata FROM indicators WHERE code = 'U99999'");
    }

    private List<string> Mappings()
    {
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return connection.Query<string>("SELECT goal || ' ' || COALESCE(target, '-') || ' ' || source || ' ' || is_primary FROM sdg_mappings WHERE indicator_code = 'U99999'").ToList();
    }

    private List<string> Audit()
    {
        using var connection = _factory.Services.GetRequiredService<IndicatorStore>().Connections.Open();
        return connection.Query<string>("SELECT user_name || ' ' || action FROM audit_log WHERE action IN ('IndicatorEdited', 'SdgSuggestionAccepted')").ToList();
    }
}
