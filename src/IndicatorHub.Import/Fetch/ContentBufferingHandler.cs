namespace IndicatorHub.Import.Fetch;

/// <summary>
/// Reads the response body inside the resilience pipeline, so that a body cut off by a reset connection, or one
/// that trickles in past the per-try timeout, fails that try and is retried like any other transient failure.
/// </summary>
internal sealed class ContentBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }
}
