using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>Composes Razor Pages and the HTTP pipeline.</summary>
public static class PageRegistration
{
    /// <summary>Razor Pages, with å, ä, ö and − written as themselves rather than as &amp;#xE5; entities.</summary>
    public static WebApplicationBuilder AddIndicatorHubPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();

        // No Server header: it tells an attacker which server and version to aim at, and a user nothing.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>
    /// Security headers, error handling, static files, routing, and the guards that answer 405 for a method a page
    /// does not handle and 503 while the database cannot serve pages.
    /// </summary>
    public static WebApplication UseIndicatorHubPipeline(this WebApplication app)
    {
        app.UseIndicatorHubSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(RequestGuards.ErrorPath);
        }

        app.UseStatusCodePagesWithReExecute(RequestGuards.ErrorPath, "?status={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseIndicatorHubRequestGuards();
        return app;
    }
}
