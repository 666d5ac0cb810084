using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndicatorHub.Tests.Fetch;

/// <summary>
/// A Kolada- or PxWeb-like server inside the test process, on 127.0.0.1 and a free port. Each test gives the
/// handler that answers (real-shaped pages, or faults); every request it saw is kept for the test to inspect.
/// </summary>
internal sealed class FakeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeApiServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>http://127.0.0.1:PORT (no trailing slash).</summary>
    internal Uri Root { get; }

    /// <summary>The API root a fetcher is pointed at: Root + "/v3".</summary>
    internal Uri BaseUrl => new(Root + "v3");

    internal ConcurrentQueue<SeenRequest> Requests { get; } = new();

    internal static async Task<FakeApiServer> StartAsync(Func<HttpContext, SeenRequest, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeApiServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var seen = new SeenRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, body,
                server!.Requests.Count(r => r.Path == (context.Request.Path.Value ?? string.Empty) && r.Query == (context.Request.QueryString.Value ?? string.Empty)) + 1,
                DateTimeOffset.UtcNow);
            server.Requests.Enqueue(seen);
            await handler(context, seen);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeApiServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Writes a test data file, with __BASE__ replaced by the API root so that next_url leads back here.</summary>
    internal static Task ServeFile(HttpContext context, string folder, string file, Uri baseUrl)
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", folder, file));
        return ServeJson(context, text.Replace("__BASE__", baseUrl.ToString().TrimEnd('/'), StringComparison.Ordinal));
    }

    internal static async Task ServeJson(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <param name="Attempt">How many times this exact path and query has been asked, this one included.</param>
    internal sealed record SeenRequest(string Method, string Path, string Query, string Body, int Attempt, DateTimeOffset At);
}
