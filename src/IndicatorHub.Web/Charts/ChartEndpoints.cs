using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicatorHub.Charts;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Charts;
using IndicatorHub.Presentation.Localization;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Generations;
using IndicatorHub.Storage.Queries.Profiles;
using Microsoft.Net.Http.Headers;

namespace IndicatorHub.Web.Charts;

/// <summary>
/// The stable chart URLs under /charts: one URL per chart and format (.png, .svg, .csv) that serves both the page's
/// &lt;img&gt; and its download link, with ?size=print (300 dpi) and ?culture=en. ETag from the inputs' highest
/// batch id and the options, 304 on If-None-Match, rendered bytes cached until the data changes. Unknown area or
/// indicator → 404, bad extension or size → 400, both as problem details.
/// </summary>
public static class ChartEndpoints
{
    /// <summary>How long a client may use a chart without asking; must-revalidate then asks with the ETag.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Registers the chart services.</summary>
    public static WebApplicationBuilder AddIndicatorHubCharts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ChartImageCache>();
        builder.Services.AddSingleton<SpreadCache>();
        builder.Services.AddSingleton<ProfileRowsCache>();
        builder.Services.AddSingleton(services => new DataGenerationWatch(services.GetRequiredService<IndicatorStore>().Connections));
        builder.Services.AddScoped<ChartDataService>();
        builder.Services.AddScoped<ProfileService>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Maps the /charts group.</summary>
    public static WebApplication MapIndicatorHubCharts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var charts = app.MapGroup("/charts");
        charts.MapGet("/areas/{code}/indicators/{id}/trend.{ext}", (HttpContext http, ChartDataService data, ChartImageCache cache, string code, string id, string ext) =>
            AreaChart(http, data, cache, code, id, ext, "trend", t => data.Trend(t)));
        charts.MapGet("/areas/{code}/indicators/{id}/sex.{ext}", (HttpContext http, ChartDataService data, ChartImageCache cache, string code, string id, string ext) =>
            AreaChart(http, data, cache, code, id, ext, "sex", t => data.Sex(t)));
        charts.MapGet("/areas/{code}/indicators/{id}/spine.{ext}", (HttpContext http, ChartDataService data, ChartImageCache cache, string code, string id, string ext) =>
            AreaChart(http, data, cache, code, id, ext, "spine", t => data.Spine(t)));
        charts.MapGet("/areas/{code}/indicators/{id}/equiplot/{dimension}.{ext}", (HttpContext http, ChartDataService data, ChartImageCache cache, string code, string id, string dimension, string ext) =>
            AreaChart(http, data, cache, code, id, ext, "equiplot/" + dimension, t => data.Equiplot(t, dimension)));
        charts.MapGet("/indicators/{id}/ranking.{ext}", (HttpContext http, ChartDataService data, ChartImageCache cache, ReadConnection read, string id, string ext, string? period, string? area) =>
        {
            if (!TryOptions(http, ext, out var format, out var size, out var bad))
            {
                return bad;
            }

            var indicator = Storage.Queries.Series.IndicatorInfoQuery.Run(read.Connection, id);
            if (indicator is null)
            {
                return NotFound(UiCulture.T($"Indikatorn {id} finns inte.", $"There is no indicator {id}."));
            }

            var selected = string.IsNullOrWhiteSpace(area) ? null : ProfileAreaQuery.Run(read.Connection, area);
            var periodKey = period is { Length: <= 20 } ? period : null;
            return Serve(http, cache, $"ranking|{indicator.Code}|{periodKey}|{selected?.Code}", data.Version(), format, size,
                () => data.Ranking(indicator, periodKey, selected));
        });
        return app;
    }

    private static IResult AreaChart(HttpContext http, ChartDataService data, ChartImageCache cache, string code, string id, string ext, string chart, Func<AreaIndicator, BuiltChart?> build)
    {
        if (!TryOptions(http, ext, out var format, out var size, out var bad))
        {
            return bad;
        }

        // The URL's own words and the data generation name the bytes, so a chart rendered for this generation is
        // answered without asking the store anything: it existed when it was rendered, and nothing has changed since.
        var version = data.Version();
        var chartKey = $"{chart}|{code}|{id}";
        if (cache.TryGet(CacheKey(chartKey, format, size, version), out var cached))
        {
            return Answer(http, CacheKey(chartKey, format, size, version), cached, format);
        }

        var target = data.Resolve(code, id);
        if (target is null)
        {
            return NotFound(UiCulture.T($"Området {code} eller indikatorn {id} finns inte.", $"There is no area {code} or no indicator {id}."));
        }

        return Serve(http, cache, chartKey, version, format, size, () => build(target));
    }

    private static string CacheKey(string chart, string format, ChartSize size, long version) =>
        string.Join('|', chart, format, size, UiCulture.Lang, version.ToString(CultureInfo.InvariantCulture));

    internal static IResult Serve(HttpContext http, ChartImageCache cache, string chart, long version, string format, ChartSize size, Func<BuiltChart?> build)
    {
        var key = CacheKey(chart, format, size, version);
        if (IsNotModified(http, key))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = cache.GetOrRender(key, () =>
        {
            var built = build();
            return built is null ? [] : format switch
            {
                "csv" => Csv(built.Table),
                "svg" => built.Render(new ChartRenderOptions(ChartFormat.Svg, size, UiCulture.Current)),
                _ => built.Render(new ChartRenderOptions(ChartFormat.Png, size, UiCulture.Current)),
            };
        });
        return Answer(http, key, bytes, format);
    }

    /// <summary>Sets the caching headers for <paramref name="key"/>; true when the client's copy is current (304).</summary>
    private static bool IsNotModified(HttpContext http, string key)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20] + "\"");
        var response = http.Response;
        response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}, must-revalidate";
        response.Headers.ETag = etag.ToString();
        response.Headers.Vary = "Cookie";
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
    }

    private static IResult Answer(HttpContext http, string key, byte[] bytes, string format)
    {
        if (bytes.Length > 0 && IsNotModified(http, key))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (bytes.Length == 0)
        {
            http.Response.Headers.Remove(HeaderNames.ETag);
            return NotFound(UiCulture.T("Det finns inga värden för diagrammet.", "There are no values for this chart."));
        }

        var contentType = format switch
        {
            "csv" => "text/csv; charset=utf-8",
            "svg" => "image/svg+xml",
            _ => "image/png",
        };
        return Results.Bytes(bytes, contentType);
    }

    /// <summary>The chart table as CSV through the one CSV writer, UTF-8 with BOM so spreadsheets read å, ä, ö.</summary>
    public static byte[] Csv(ChartTable table) => ChartTableCsv.Bytes(table);

    internal static bool TryOptions(HttpContext http, string ext, out string format, out ChartSize size, out IResult bad)
    {
        format = ext.ToLowerInvariant();
        size = ChartSize.Screen;
        bad = Results.Empty;
        if (format is not ("png" or "svg" or "csv"))
        {
            bad = Problem(StatusCodes.Status400BadRequest, UiCulture.T($"Okänt format '.{ext}': använd .png, .svg eller .csv.", $"Unknown format '.{ext}': use .png, .svg or .csv."));
            return false;
        }

        var sizes = http.Request.Query["size"];
        var requested = sizes.Count == 0 ? "screen" : sizes[0]?.ToLowerInvariant();
        if (sizes.Count > 1 || requested is not ("screen" or "print"))
        {
            bad = Problem(StatusCodes.Status400BadRequest, UiCulture.T("Okänd storlek: använd size=screen eller size=print.", "Unknown size: use size=screen or size=print."));
            return false;
        }

        size = requested == "print" ? ChartSize.Print : ChartSize.Screen;
        return true;
    }

    internal static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, detail);

    internal static IResult Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: status == 404 ? UiCulture.T("Finns inte", "Not found") : UiCulture.T("Felaktig begäran", "Bad request"));
}
