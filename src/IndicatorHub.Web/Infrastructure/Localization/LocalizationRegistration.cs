using IndicatorHub.Presentation.Localization;
using Microsoft.AspNetCore.Localization;

namespace IndicatorHub.Web.Infrastructure.Localization;

/// <summary>
/// Swedish unless the visitor chose English: <c>?culture=en</c> (or <c>sv</c>) chooses and is remembered in a
/// cookie, so every link keeps the language without carrying the parameter.
/// </summary>
public static class LocalizationRegistration
{
    /// <summary>The cookie that remembers the chosen language.</summary>
    public const string CookieName = "ih_culture";

    /// <summary>Registers request localization with Swedish as the default.</summary>
    public static WebApplicationBuilder AddIndicatorHubLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UiCulture.Swedish);
            options.SupportedCultures = [UiCulture.Swedish, UiCulture.English];
            options.SupportedUICultures = [UiCulture.Swedish, UiCulture.English];
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(Choose(context))),
            ];
        });
        return builder;
    }

    /// <summary>Sets the request's culture and remembers an explicit choice.</summary>
    public static WebApplication UseIndicatorHubLocalization(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var chosen = UiCulture.Parse(context.Request.Query[UiCulture.QueryKey]);
            if (chosen is not null)
            {
                context.Response.Cookies.Append(CookieName, chosen.TwoLetterISOLanguageName, new CookieOptions
                {
                    HttpOnly = true,
                    Secure = context.Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                    MaxAge = TimeSpan.FromDays(365),
                    Path = "/",
                });
            }

            await next(context);
        });
        app.UseRequestLocalization();
        return app;
    }

    private static ProviderCultureResult? Choose(HttpContext context)
    {
        var culture = UiCulture.Parse(context.Request.Query[UiCulture.QueryKey])
            ?? UiCulture.Parse(context.Request.Cookies[CookieName]);
        return culture is null ? null : new ProviderCultureResult(culture.Name);
    }
}
