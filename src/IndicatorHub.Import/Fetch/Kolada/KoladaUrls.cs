using System.Globalization;

namespace IndicatorHub.Import.Fetch.Kolada;

/// <summary>
/// The first URL of each request a Kolada fetch makes. Every id list is cut into segments of at most
/// <c>maxIds</c>, and every combination of segments is one request, so that no path segment is longer than
/// the API accepts.
/// </summary>
public static class KoladaUrls
{
    /// <summary>The URLs for <paramref name="request"/>, each asking for <paramref name="perPage"/> items per page.</summary>
    public static IReadOnlyList<string> Build(KoladaFetchRequest request, IReadOnlyList<string> kpiIds, Uri baseUrl, int maxIds, int perPage)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.ToString().TrimEnd('/');
        var query = string.Create(CultureInfo.InvariantCulture, $"?per_page={perPage}");
        maxIds = Math.Max(1, maxIds);
        if (request.Endpoint != KoladaEndpoint.Data)
        {
            var path = request.Endpoint switch
            {
                KoladaEndpoint.Kpi => "kpi",
                KoladaEndpoint.Municipality => "municipality",
                KoladaEndpoint.MunicipalityGroups => "municipality_groups",
                _ => "kpi_groups",
            };
            return request.Ids.Count == 0
                ? [$"{root}/{path}{query}"]
                : [.. Segments(request.Ids, maxIds).Select(ids => $"{root}/{path}/{ids}{query}")];
        }

        var municipalities = request.MunicipalityIds.Count == 0 ? [null] : Segments(request.MunicipalityIds, maxIds);
        var years = request.Years.Count == 0
            ? [null]
            : Segments([.. request.Years.Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture))], maxIds);
        var urls = new List<string>();
        foreach (var kpis in Segments(kpiIds, maxIds))
        {
            foreach (var municipality in municipalities)
            {
                foreach (var year in years)
                {
                    var url = $"{root}/data/kpi/{kpis}";
                    url += municipality is null ? string.Empty : $"/municipality/{municipality}";
                    url += year is null ? string.Empty : $"/year/{year}";
                    urls.Add(url + query);
                }
            }
        }

        return urls;
    }

    private static List<string?> Segments(IReadOnlyList<string> ids, int maxIds) =>
        [.. ids.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(maxIds).Select(chunk => (string?)string.Join(',', chunk))];
}
