using Microsoft.Extensions.Caching.Memory;

namespace IndicatorHub.Web.Charts;

/// <summary>
/// Rendered chart bytes by cache key (the URL's chart, options, culture and the data's version), bounded in size:
/// a chart is rendered once per data version and served from memory until an import changes its inputs.
/// </summary>
public sealed class ChartImageCache : IDisposable
{
    /// <summary>At most this many bytes of rendered charts are kept.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    /// <summary>The cached bytes for <paramref name="key"/>, or renders, stores and returns them.</summary>
    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (_cache.TryGetValue(key, out byte[]? hit) && hit is not null)
        {
            return hit;
        }

        var bytes = render();
        _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(6) });
        return bytes;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
