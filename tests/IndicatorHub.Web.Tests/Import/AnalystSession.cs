using System.Net;
using System.Text.RegularExpressions;
using IndicatorHub.Storage.Accounts;
using IndicatorHub.Web.Infrastructure.Auth;
using IndicatorHub.Web.Infrastructure.Importing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IndicatorHub.Web.Tests.Import;

/// <summary>Users in a test app, a client signed in as one of them, and the antiforgery token of a page.</summary>
internal static partial class AnalystSession
{
    internal const string Password = "correct horse battery";

    /// <summary>Adds a user straight into the app's database (as `indicatorhub users add` would).</summary>
    internal static void AddUser(IndicatorHubFactory factory, string name, UserRole role) =>
        Assert.That(factory.Services.GetRequiredService<UserAccounts>().Add(name, role, AccountPasswords.Hash(Password), "test"), Is.EqualTo(UserChangeResult.Done));

    /// <summary>A client over https (the cookies are Secure outside Development) that follows no redirects.</summary>
    internal static HttpClient Client(IndicatorHubFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = true });

    /// <summary>A client signed in as a new user of <paramref name="role"/>.</summary>
    internal static async Task<HttpClient> SignedInAsync(IndicatorHubFactory factory, string name, UserRole role)
    {
        AddUser(factory, name, role);
        var client = Client(factory);
        var response = await SignInAsync(client, name, Password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return client;
    }

    internal static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await TokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/> (its cookie is kept by the client).</summary>
    internal static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenOf(html);
    }

    internal static string TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.That(match.Success, Is.True, "no antiforgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Waits until the job has finished (the worker runs in the background; bounded so a hang fails).</summary>
    internal static async Task<ImportJob> FinishedAsync(IndicatorHubFactory factory, string jobId)
    {
        var jobs = factory.Services.GetRequiredService<ImportJobs>();
        for (var i = 0; i < 600; i++)
        {
            var job = jobs.Find(jobId)!;
            if (job.State is ImportJobState.Finished or ImportJobState.Failed)
            {
                return job;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"job {jobId} did not finish within a minute");
        return null!;
    }

    /// <summary>The id in a redirect to /import/job?id=… or /import/preview?id=….</summary>
    internal static string IdFromRedirect(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var match = IdPattern().Match(response.Headers.Location!.OriginalString);
        Assert.That(match.Success, Is.True, response.Headers.Location!.OriginalString);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("[?&]id=([0-9a-f]{32})")]
    private static partial Regex IdPattern();
}
