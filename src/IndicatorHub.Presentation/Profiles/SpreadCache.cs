using System.Collections.Concurrent;
using IndicatorHub.Core.Areas;
using IndicatorHub.Storage.Queries.Profiles;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Presentation.Profiles;

/// <summary>
/// Spreads among all municipalities (or regions) per indicator and period, shared by every profile: computed with
/// one set-based statement for the pairs not yet known and kept until the data generation moves on (an import, a
/// rollback or a mapping change; see <see cref="Storage.Generations.DataGenerationWatch"/>), so a profile after
/// the first reads only its own area's rows.
/// </summary>
public sealed class SpreadCache
{
    private readonly Lock _gate = new();
    private long _version = -1;
    private ConcurrentDictionary<(AreaKind Kind, long IndicatorKey, string Period), SpreadRow?> _spreads = new();

    /// <summary>The spreads of <paramref name="pairs"/> for data generation <paramref name="version"/>.</summary>
    public IReadOnlyDictionary<(long IndicatorKey, string Period), SpreadRow> Get(
        SqliteConnection connection, long version, AreaKind kind, IReadOnlyCollection<(long IndicatorKey, string Period)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ConcurrentDictionary<(AreaKind, long, string), SpreadRow?> spreads;
        lock (_gate)
        {
            if (version != _version)
            {
                _spreads = new();
                _version = version;
            }

            spreads = _spreads;
        }

        var missing = pairs.Where(p => !spreads.ContainsKey((kind, p.IndicatorKey, p.Period))).ToList();
        if (missing.Count > 0)
        {
            var computed = MunicipalitySpreadQuery.Run(connection, kind, missing);
            foreach (var pair in missing)
            {
                spreads[(kind, pair.IndicatorKey, pair.Period)] = computed.GetValueOrDefault(pair);
            }
        }

        var result = new Dictionary<(long, string), SpreadRow>();
        foreach (var pair in pairs)
        {
            if (spreads.TryGetValue((kind, pair.IndicatorKey, pair.Period), out var row) && row is not null)
            {
                result[pair] = row;
            }
        }

        return result;
    }
}
