using System.Security.Claims;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Infrastructure.Auth;

/// <summary>
/// Cookie sign-in for analysts and admins. Reading needs no account; /Import needs an analyst (or admin),
/// /Admin an admin. Anonymous visitors of those folders are sent to /account/login; a signed-in user without
/// the role gets 403.
/// </summary>
public static class AuthRegistration
{
    /// <summary>Cookie authentication, the two policies, and the folder conventions.</summary>
    public static WebApplicationBuilder AddIndicatorHubAuth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton(services =>
            new UserAccounts(services.GetRequiredService<IndicatorStore>().Connections, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Cookie.Name = "IndicatorHub.Auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    // A signed-in reader asking for an analyst page: 403, not a redirect that looks like success.
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                cookie.Events.OnRedirectToLogin = context =>
                {
                    if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                    {
                        // A form post without a sign-in is refused outright; only page visits are sent to sign in.
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
                cookie.Events.OnValidatePrincipal = ValidateStillAllowed;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Analyst, policy => policy.RequireRole(UserRole.Analyst.ToName(), UserRole.Admin.ToName()))
            .AddPolicy(AuthPolicies.Admin, policy => policy.RequireRole(UserRole.Admin.ToName()));
        builder.Services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Import", AuthPolicies.Analyst);
            pages.Conventions.AuthorizeFolder("/Manage", AuthPolicies.Analyst);
            pages.Conventions.AuthorizeFolder("/Admin", AuthPolicies.Admin);
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "IndicatorHub.Antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        return builder;
    }

    /// <summary>Authentication and authorization, after routing.</summary>
    public static WebApplication UseIndicatorHubAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The principal for a user who has just signed in.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount user) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role.ToName())],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>
    /// A removed user, or one whose role changed, loses the old cookie's rights at the next request: the role in
    /// the cookie must still be the stored one.
    /// </summary>
    private static Task ValidateStillAllowed(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var role = context.Principal?.FindFirst(ClaimTypes.Role)?.Value;
        var user = name is null ? null : context.HttpContext.RequestServices.GetRequiredService<UserAccounts>().Find(name);
        if (user is null || user.Role.ToName() != role)
        {
            context.RejectPrincipal();
        }

        return Task.CompletedTask;
    }
}
