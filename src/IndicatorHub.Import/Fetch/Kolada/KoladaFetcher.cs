using System.Globalization;
using System.Text.Json;
using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Import.Fetch.Kolada;

/// <summary>
/// Fetches from Kolada API v3 and stores the answer as one batch. Each request asks for per_page items and
/// follows next_url until it is empty; a next_url seen before, one on another server, or a chain past the page
/// limit stops the fetch. Pages are kept as files under the request's fetch root and imported through the
/// Kolada JSON importer, all of them as one batch, or nothing is stored.
/// </summary>
/// <remarks>A typed HttpClient: register it with <see cref="FetchServiceCollectionExtensions.AddIndicatorHubFetchers"/>.</remarks>
public sealed class KoladaFetcher(HttpClient http, IOptions<KoladaFetchOptions> options, TimeProvider clock)
{
    private readonly KoladaFetchOptions _options = options.Value;

    /// <summary>Downloads and imports: <see cref="DownloadAsync"/>, then <see cref="FetchBatchImport.Import"/> into <paramref name="store"/>.</summary>
    public async Task<FetchResult> FetchAsync(KoladaFetchRequest request, IndicatorStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var downloaded = await DownloadAsync(request, cancellationToken).ConfigureAwait(false);
        return FetchBatchImport.Import(store, downloaded);
    }

    /// <summary>Fetches <paramref name="request"/>'s pages into a new folder under its fetch root, without importing them (see <see cref="FetchBatchImport.Import"/>).</summary>
    public async Task<FetchResult> DownloadAsync(KoladaFetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { } invalid)
        {
            return FetchResult.Failed(invalid, [], 0);
        }

        var baseUrl = request.BaseUrl ?? _options.BaseUrl;
        var folder = FetchFolder.Create(request.FetchRoot, clock);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var planned = 0;
        try
        {
            var kpis = request.KpiIds.ToList();
            if (request.Endpoint == KoladaEndpoint.Data && request.KpiGroupId is { } group)
            {
                planned++;
                var groupUrl = $"{baseUrl.ToString().TrimEnd('/')}/kpi_groups/{group}";
                var (members, groupFailure) = await ReadGroupAsync(folder, groupUrl, group, seen, cancellationToken).ConfigureAwait(false);
                if (groupFailure is not null)
                {
                    return Fail(folder, groupFailure, planned);
                }

                kpis.AddRange(members);
            }

            var urls = KoladaUrls.Build(request, kpis, baseUrl, _options.MaxIdsPerSegment, _options.PerPage);
            planned += urls.Count;
            foreach (var first in urls)
            {
                if (await FollowAsync(folder, first, baseUrl, seen, cancellationToken).ConfigureAwait(false) is { } failure)
                {
                    return Fail(folder, failure, planned);
                }
            }

            var settings = new Dictionary<string, string>
            {
                ["base_url"] = baseUrl.ToString(),
                ["per_page"] = _options.PerPage.ToString(CultureInfo.InvariantCulture),
            };
            return FetchBatchImport.Downloaded(folder, ImportFormat.KoladaJson, "kolada", clock, settings, planned);
        }
        catch
        {
            folder.Delete();
            throw;
        }
    }

    private static FetchFailure? Validate(KoladaFetchRequest request)
    {
        if (request.Endpoint == KoladaEndpoint.Data)
        {
            if (request.KpiIds.Count == 0 && request.KpiGroupId is null)
            {
                return new FetchFailure(FetchFailureReason.NothingRequested);
            }

            if (request.MunicipalityIds.Count == 0 && request.Years.Count == 0)
            {
                return new FetchFailure(FetchFailureReason.MunicipalityOrYearRequired);
            }
        }

        var ids = request.KpiIds.Concat(request.MunicipalityIds).Concat(request.Ids);
        if (request.KpiGroupId is not null)
        {
            ids = ids.Append(request.KpiGroupId);
        }

        return FetchIds.FirstInvalid(ids) is { } bad ? new FetchFailure(FetchFailureReason.InvalidId, Id: bad) : null;
    }

    private static FetchResult Fail(FetchFolder folder, FetchFailure failure, int planned)
    {
        folder.Delete();
        return FetchResult.Failed(failure, folder.Pages, planned);
    }

    /// <summary>Reads every page of one request, following next_url.</summary>
    private async Task<FetchFailure?> FollowAsync(FetchFolder folder, string first, Uri baseUrl, HashSet<string> seen, CancellationToken cancellationToken)
    {
        string? url = first;
        while (url is not null)
        {
            var (body, failure) = await GetPageAsync(folder, url, seen, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }

            var next = KoladaJsonParser.ReadPageLinks(body).NextUrl;
            if (next is null)
            {
                return null;
            }

            // next_url is absolute in v3; a relative one is read against the page that named it.
            if (!Uri.TryCreate(new Uri(url), next, out var nextUri) || !SameServer(nextUri, baseUrl))
            {
                return new FetchFailure(FetchFailureReason.ForeignNextUrl, next);
            }

            url = nextUri.ToString();
        }

        return null;
    }

    private async Task<(byte[] Body, FetchFailure? Failure)> GetPageAsync(FetchFolder folder, string url, HashSet<string> seen, CancellationToken cancellationToken)
    {
        if (!seen.Add(url))
        {
            return ([], new FetchFailure(FetchFailureReason.PagingLoop, url));
        }

        if (folder.Pages.Count >= _options.MaxPages)
        {
            return ([], new FetchFailure(FetchFailureReason.PageLimitExceeded, url, Limit: _options.MaxPages));
        }

        var download = await FetchDownload.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken).ConfigureAwait(false);
        if (download.Failure is not null)
        {
            return ([], download.Failure);
        }

        folder.Add("GET", url, null, download.Body!);
        return (download.Body!, null);
    }

    private async Task<(IReadOnlyList<string> Members, FetchFailure? Failure)> ReadGroupAsync(
        FetchFolder folder, string url, string group, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var (body, failure) = await GetPageAsync(folder, url, seen, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return ([], failure);
        }

        var members = new List<string>();
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in values.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("members", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    members.AddRange(list.EnumerateArray().Select(MemberId).OfType<string>());
                }
            }
        }

        if (members.Count == 0)
        {
            return ([], new FetchFailure(FetchFailureReason.KpiGroupNotFound, url, Id: group));
        }

        return FetchIds.FirstInvalid(members) is { } bad ? ([], new FetchFailure(FetchFailureReason.InvalidId, url, Id: bad)) : (members, null);
    }

    private static string? MemberId(JsonElement member) =>
        member.ValueKind != JsonValueKind.Object ? null
        : member.TryGetProperty("member_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()
        : member.TryGetProperty("id", out id) && id.ValueKind == JsonValueKind.String ? id.GetString()
        : null;

    private static bool SameServer(Uri url, Uri baseUrl) =>
        string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseUrl.Port;
}
