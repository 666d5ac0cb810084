namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// The headers every response carries, pages, static files, errors and /health alike: a Content-Security-Policy
/// that allows no inline script and no framing, nosniff, a strict referrer policy and X-Frame-Options for old
/// browsers. (Kestrel's Server header is switched off in <see cref="PageRegistration"/>.)
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts and style sheets only from this site. style-src-attr allows the style="" attributes the SDG pages
    /// use for goal colours (attributes cannot run code); &lt;style&gt; elements and inline script stay refused.
    /// </summary>
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    internal static WebApplication UseIndicatorHubSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
