using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Storage;
using Microsoft.Extensions.Options;

namespace IndicatorHub.Import.Fetch.PxWeb;

/// <summary>
/// Fetches tables from a PxWeb API v2 server (SCB's, or Folkhälsodata's where it speaks v2) as JSON-stat 2.0 and
/// stores them as one batch. The server's cell limit (maxDataCells from /config, else configuration) is kept by
/// splitting the selection into several requests; every response is kept as a file and imported through the
/// PxWeb JSON-stat importer, all as one batch, or nothing is stored.
/// </summary>
/// <remarks>A typed HttpClient: register it with <see cref="FetchServiceCollectionExtensions.AddIndicatorHubFetchers"/>.</remarks>
public sealed class PxWebFetcher(HttpClient http, IOptions<PxWebFetchOptions> options, TimeProvider clock)
{
    private readonly PxWebFetchOptions _options = options.Value;

    /// <summary>Downloads and imports: <see cref="DownloadAsync"/>, then <see cref="FetchBatchImport.Import"/> into <paramref name="store"/>.</summary>
    public async Task<FetchResult> FetchAsync(PxWebFetchRequest request, IndicatorStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var downloaded = await DownloadAsync(request, cancellationToken).ConfigureAwait(false);
        return FetchBatchImport.Import(store, downloaded);
    }

    /// <summary>Fetches <paramref name="request"/>'s pages into a new folder under its fetch root, without importing them (see <see cref="FetchBatchImport.Import"/>).</summary>
    public async Task<FetchResult> DownloadAsync(PxWebFetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Tables.Count == 0 || request.Selections.Any(s => s.ValueCodes.Count == 0))
        {
            return FetchResult.Failed(new FetchFailure(FetchFailureReason.NothingRequested), [], 0);
        }

        if (FetchIds.FirstInvalid(request.Tables) is { } badTable)
        {
            return FetchResult.Failed(new FetchFailure(FetchFailureReason.InvalidId, Id: badTable), [], 0);
        }

        var root = (request.BaseUrl ?? _options.BaseUrl).ToString().TrimEnd('/');
        var language = request.Language ?? _options.Language;
        var (maxCells, limitFrom) = await MaxCellsAsync(root, cancellationToken).ConfigureAwait(false);
        var parts = PxWebQuerySplitter.Split(request.Selections, maxCells);
        var planned = parts.Count * request.Tables.Count;
        var folder = FetchFolder.Create(request.FetchRoot, clock);
        try
        {
            foreach (var table in request.Tables)
            {
                var url = $"{root}/tables/{Uri.EscapeDataString(table)}/data?lang={Uri.EscapeDataString(language)}&outputFormat=json-stat2";
                foreach (var part in parts)
                {
                    var body = Body(part);
                    var download = await FetchDownload.SendAsync(http, () => Post(url, body), cancellationToken).ConfigureAwait(false);
                    if (download.Failure is not null)
                    {
                        folder.Delete();
                        return FetchResult.Failed(download.Failure, folder.Pages, planned);
                    }

                    folder.Add("POST", url, body, download.Body!);
                }
            }

            var settings = new Dictionary<string, string>
            {
                ["base_url"] = root,
                ["max_data_cells"] = maxCells.ToString(CultureInfo.InvariantCulture),
                ["max_data_cells_from"] = limitFrom,
            };
            return FetchBatchImport.Downloaded(folder, ImportFormat.PxWebJson, "pxweb", clock, settings, planned);
        }
        catch
        {
            folder.Delete();
            throw;
        }
    }

    /// <summary>The JSON body of a data request: <c>{"selection":[{"variableCode":…,"valueCodes":[…]}]}</c>.</summary>
    public static string Body(IReadOnlyList<PxWebSelection> selections)
    {
        ArgumentNullException.ThrowIfNull(selections);
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory))
        {
            json.WriteStartObject();
            json.WriteStartArray("selection");
            foreach (var selection in selections)
            {
                json.WriteStartObject();
                json.WriteString("variableCode", selection.VariableCode);
                json.WriteStartArray("valueCodes");
                foreach (var code in selection.ValueCodes)
                {
                    json.WriteStringValue(code);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(memory.ToArray());
    }

    private static HttpRequestMessage Post(string url, string body) => new(HttpMethod.Post, url)
    {
        Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    /// <summary>maxDataCells from the server's /config; the configured limit when it cannot be read (the data requests then report any real trouble).</summary>
    private async Task<(long Cells, string From)> MaxCellsAsync(string root, CancellationToken cancellationToken)
    {
        if (_options.ReadServerConfig)
        {
            var download = await FetchDownload.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, $"{root}/config"), cancellationToken).ConfigureAwait(false);
            if (download.Body is { } body)
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("maxDataCells", out var cells) && cells.TryGetInt64(out var max) && max > 0)
                {
                    return (max, "server");
                }
            }
        }

        return (Math.Max(1, _options.MaxDataCells), "configuration");
    }
}
