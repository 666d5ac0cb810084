using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// Answers before a page runs when it cannot run properly: 405 with an Allow header for a method the page has no
/// handler for (Razor Pages would otherwise render the page without running any handler, so TRACE /sdg met a
/// model that was never filled and threw), and 503 while the database cannot serve pages at all. Both leave the
/// body empty, so the status code page (/Error) explains.
/// </summary>
internal static class RequestGuards
{
    /// <summary>The page that explains status codes; it must stay reachable with any method.</summary>
    internal const string ErrorPath = "/Error";

    private static readonly ConcurrentDictionary<string, string[]> AllowedByPage = new(StringComparer.Ordinal);

    internal static WebApplication UseIndicatorHubRequestGuards(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var page = endpoint?.Metadata.GetMetadata<PageActionDescriptor>();
            if (page is null || string.Equals(page.ViewEnginePath, ErrorPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var allowed = await AllowedMethods(context, page, endpoint!);
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                // OPTIONS asks which methods the page takes; the Allow header is the whole answer.
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                context.Response.Headers.Allow = string.Join(", ", allowed);
                return;
            }

            if (!allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = string.Join(", ", allowed);
                return;
            }

            if (context.RequestServices.GetRequiredService<StoreAvailability>().CurrentFault is not null)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "10";
                return;
            }

            await next(context);
        });
        return app;
    }

    private static async Task<string[]> AllowedMethods(HttpContext context, PageActionDescriptor page, Endpoint endpoint)
    {
        if (AllowedByPage.TryGetValue(page.Id, out var known))
        {
            return known;
        }

        var loader = context.RequestServices.GetRequiredService<PageLoader>();
        var compiled = await loader.LoadAsync(page, endpoint.Metadata);
        var methods = compiled.HandlerMethods
            .Select(h => h.HttpMethod.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (methods.Count == 0 || methods.Contains(HttpMethods.Get.ToUpperInvariant()))
        {
            methods.Add("GET");
            methods.Add("HEAD");
        }

        var allowed = methods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        AllowedByPage[page.Id] = allowed;
        return allowed;
    }
}
