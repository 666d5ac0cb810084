using Microsoft.Extensions.Caching.Memory;

namespace IndicatorHub.Web.Charts;

/// <summary>
/// Rendered chart bytes by cache key (the URL's chart, options, culture and the data generation), bounded in size:
/// a chart is rendered once per data generation and served from memory until an import or a rollback lands.
/// </summary>
public sealed class ChartImageCache : IDisposable
{
    /// <summary>At most this many bytes of rendered charts are kept.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    /// <summary>Entries count at least this many bytes, so empty answers ("no values") cannot fill memory unbounded.</summary>
    private const int MinimumEntrySize = 256;

    /// <summary>The cached bytes for <paramref name="key"/>, if any (empty: the chart has no values).</summary>
    public bool TryGet(string key, out byte[] bytes)
    {
        if (_cache.TryGetValue(key, out byte[]? hit) && hit is not null)
        {
            bytes = hit;
            return true;
        }

        bytes = [];
        return false;
    }

    /// <summary>Keeps <paramref name="bytes"/> under <paramref name="key"/>.</summary>
    public void Set(string key, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = Math.Max(bytes.Length, MinimumEntrySize), SlidingExpiration = TimeSpan.FromHours(6) });
    }

    /// <summary>The cached bytes for <paramref name="key"/>, or renders, stores and returns them.</summary>
    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (TryGet(key, out var hit))
        {
            return hit;
        }

        var bytes = render();
        Set(key, bytes);
        return bytes;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
