using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace IndicatorHub.Import.Fetch;

/// <summary>One HTTP exchange through the resilient client: the body's bytes, or why there are none.</summary>
internal readonly record struct FetchDownload(byte[]? Body, FetchFailure? Failure)
{
    /// <summary>Sends the request made by <paramref name="create"/> and reads a JSON body; every failure becomes a <see cref="FetchFailure"/>.</summary>
    internal static async Task<FetchDownload> SendAsync(HttpClient http, Func<HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        using var request = create();
        var url = request.RequestUri!.ToString();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new(null, new FetchFailure(FetchFailureReason.HttpStatus, url, (int)response.StatusCode));
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return IsCompleteJson(body) ? new(body, null) : new(null, new FetchFailure(FetchFailureReason.InvalidJson, url));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new(null, new FetchFailure(FetchFailureReason.Cancelled, url));
        }
        catch (TimeoutRejectedException)
        {
            return new(null, new FetchFailure(FetchFailureReason.Timeout, url));
        }
        catch (BrokenCircuitException)
        {
            return new(null, new FetchFailure(FetchFailureReason.CircuitOpen, url));
        }
        catch (RateLimiterRejectedException)
        {
            return new(null, new FetchFailure(FetchFailureReason.RateLimited, url));
        }
        catch (HttpRequestException ex) when (ex.StatusCode is { } status)
        {
            return new(null, new FetchFailure(FetchFailureReason.HttpStatus, url, (int)status));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return new(null, new FetchFailure(FetchFailureReason.ConnectionFailed, url));
        }
    }

    /// <summary>True when the bytes are one complete, well-formed JSON document (a cut-off page is not).</summary>
    internal static bool IsCompleteJson(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static bool IsTransientStatus(HttpStatusCode status) => (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
