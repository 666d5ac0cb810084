using System.Globalization;
using IndicatorHub.Storage.Generations;

namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// The rendered profile page (/areas/{code}) kept per URL, language and data generation: a whole-Kolada profile is
/// about 1 800 rows of HTML, and rendering them costs more than the 50 ms the page has (issue 7 §7) on a busy
/// machine, while the rows themselves already come from the warm read model. Nothing stale can be served: the key
/// holds the generation, which every import, rollback and mapping change moves on (see
/// <see cref="DataGenerationWatch"/>). ASP.NET Core's default rules stay: only anonymous GETs answered 200 without
/// Set-Cookie are kept, so a signed-in analyst's page and a language switch are never cached.
/// </summary>
public static class ProfileOutputCache
{
    /// <summary>The output cache policy of the profile page.</summary>
    public const string PolicyName = "profile";

    /// <summary>Registers the output cache with the profile's policy.</summary>
    public static WebApplicationBuilder AddIndicatorHubOutputCache(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 256L * 1024 * 1024;
            options.AddPolicy(PolicyName, policy => policy
                .Expire(TimeSpan.FromHours(6))
                .SetVaryByQuery("*")
                .VaryByValue(http => new KeyValuePair<string, string>(
                    "language-generation",
                    CultureInfo.CurrentUICulture.Name + "|" + http.RequestServices.GetRequiredService<DataGenerationWatch>().Current.ToString(CultureInfo.InvariantCulture))));
        });
        return builder;
    }

    /// <summary>The output cache middleware; after localization (the language) and authentication (who is signed in).</summary>
    public static WebApplication UseIndicatorHubOutputCache(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        return app;
    }
}
