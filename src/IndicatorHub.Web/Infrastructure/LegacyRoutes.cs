namespace IndicatorHub.Web.Infrastructure;

/// <summary>
/// The routes of the first dashboard, redirected permanently (301) to where their pages live now, keeping the
/// query string, so bookmarks and links in council papers keep working.
/// </summary>
public static class LegacyRoutes
{
    /// <summary>/sdg → /, /sdg/{n} → /goals/{n}, /batches → /sources, /batches/{id} → /sources/{id}.</summary>
    public static WebApplication MapIndicatorHubLegacyRedirects(this WebApplication app)
    {
        app.MapGet("/sdg", (HttpRequest request) => Moved("/", request));
        app.MapGet("/sdg/{goal:int}", (int goal, HttpRequest request) => Moved("/goals/" + goal.ToString(System.Globalization.CultureInfo.InvariantCulture), request));
        app.MapGet("/batches", (HttpRequest request) => Moved("/sources", request));
        app.MapGet("/batches/{id:long}", (long id, HttpRequest request) => Moved("/sources/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), request));
        return app;
    }

    private static IResult Moved(string path, HttpRequest request) =>
        Results.Redirect(request.PathBase + path + request.QueryString, permanent: true);
}
