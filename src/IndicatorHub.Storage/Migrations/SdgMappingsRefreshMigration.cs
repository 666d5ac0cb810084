using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Migrations;

/// <summary>
/// Brings the shipped mapping (data/sdg/curated_mapping.csv) into databases made before it covered RKA's Agenda 2030
/// KPI set. Migration 3 seeded the file as it was then, all rows as <c>curated</c>; this one replaces those rows of
/// every indicator the file now maps by the file's rows, with the file's source (<c>kolada</c> for members of the set),
/// and adds the indicators that are new to the file. On a new database it only corrects the sources migration 3
/// wrote, so every database ends up holding the file as shipped.
/// <para>
/// Nothing an analyst or an import stored is lost: rows with another source stay, a file row with the same link as
/// one of them is left out, and when the indicator already has a primary from them the file's row is added as
/// secondary (without progress settings, which belong on the primary).
/// </para>
/// </summary>
internal sealed class SdgMappingsRefreshMigration : IMigration
{
    public int Version => 5;

    public string Name => "sdg mappings: agenda 2030 set";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        var refreshed = Refresh(SdgMappingRows.ReadAll(connection, transaction), CuratedMapping.Load());

        // Validate before writing, so a conflict fails the migration instead of storing an invalid set.
        SdgMappingRows.ReplaceAll(connection, transaction, SdgMappingSet.Create(refreshed));
    }

    /// <summary>The stored rows with the shipped file's rows in place of the old shipped ones; stored order is kept.</summary>
    internal static List<SdgMapping> Refresh(IReadOnlyList<SdgMapping> stored, SdgMappingSet shipped)
    {
        var shippedIds = shipped.IndicatorIds.ToHashSet(StringComparer.Ordinal);
        bool Replaced(SdgMapping m) => m.Source == SdgMappingSource.Curated && shippedIds.Contains(m.IndicatorId);
        var kept = stored.Where(m => !Replaced(m)).ToLookup(m => m.IndicatorId, StringComparer.Ordinal);

        IEnumerable<SdgMapping> ShippedRows(string id)
        {
            var others = kept[id].ToList();
            var hasPrimary = others.Any(m => m.IsPrimary);
            return shipped.For(id)
                .Where(m => !others.Any(m.SameLinkAs))
                .Select(m => m.IsPrimary && hasPrimary ? m with { IsPrimary = false, Progress = null } : m);
        }

        // The file's rows take the place of the indicator's first old shipped row; indicators new to it go last.
        var result = new List<SdgMapping>();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapping in stored)
        {
            if (!Replaced(mapping))
            {
                result.Add(mapping);
            }
            else if (emitted.Add(mapping.IndicatorId))
            {
                result.AddRange(ShippedRows(mapping.IndicatorId));
            }
        }

        foreach (var id in shipped.IndicatorIds.Where(emitted.Add))
        {
            result.AddRange(ShippedRows(id));
        }

        // A kept non-primary row can take the link of the file's primary; the indicator's first row then leads.
        var withPrimary = result.Where(m => m.IsPrimary).Select(m => m.IndicatorId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (withPrimary.Add(result[i].IndicatorId))
            {
                result[i] = result[i] with { IsPrimary = true };
            }
        }

        return result;
    }
}
