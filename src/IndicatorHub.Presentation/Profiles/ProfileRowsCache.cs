using System.Collections.Concurrent;

namespace IndicatorHub.Presentation.Profiles;

/// <summary>
/// The warm read model of the profiles: each area's rows as built for one data generation (see
/// <see cref="Storage.Generations.DataGenerationWatch"/>), so a profile that has been built since the last import
/// or rollback is served without reading the area's thousands of values again. A new generation drops every row
/// at once — values, spreads, comparisons and mapping may all have changed — so nothing stale is ever served;
/// correctness rests only on every change moving the generation (migration 12's triggers). The rows are
/// immutable and the same in both languages (words are chosen when the page renders).
/// </summary>
public sealed class ProfileRowsCache
{
    /// <summary>At most this many rows are kept (a whole-Kolada municipality has about 1 800), then the cache starts over.</summary>
    public const int MaxRows = 200_000;

    private readonly Lock _gate = new();
    private long _generation = long.MinValue;
    private ConcurrentDictionary<long, Lazy<IReadOnlyList<ProfileRow>>> _rows = new();
    private int _rowCount;

    /// <summary>
    /// The rows of area <paramref name="areaKey"/> for <paramref name="generation"/>, built by <paramref name="build"/>
    /// once (concurrent requests for the same area wait for the one build instead of each reading the store).
    /// </summary>
    public IReadOnlyList<ProfileRow> GetOrBuild(long generation, long areaKey, Func<IReadOnlyList<ProfileRow>> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        ConcurrentDictionary<long, Lazy<IReadOnlyList<ProfileRow>>> rows;
        lock (_gate)
        {
            if (generation != _generation || _rowCount > MaxRows)
            {
                _rows = new();
                _rowCount = 0;
                _generation = generation;
            }

            rows = _rows;
        }

        var lazy = rows.GetOrAdd(areaKey, _ => new Lazy<IReadOnlyList<ProfileRow>>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var created = !lazy.IsValueCreated;
            var value = lazy.Value;
            if (created)
            {
                Interlocked.Add(ref _rowCount, value.Count);
            }

            return value;
        }
        catch
        {
            // A failed build (a locked or damaged file) is not kept: the next request tries again.
            rows.TryRemove(new KeyValuePair<long, Lazy<IReadOnlyList<ProfileRow>>>(areaKey, lazy));
            throw;
        }
    }
}
