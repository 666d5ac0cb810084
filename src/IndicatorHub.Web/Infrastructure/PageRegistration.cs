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
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>Error handling, static files and routing.</summary>
    public static WebApplication UseIndicatorHubPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }
}
