using Dapper;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Storage.Imports;

public sealed partial class ImportWriter
{
    /// <summary>
    /// Stores a link an imported file states between an indicator and a goal/target (e.g. a member of a Kolada
    /// Agenda 2030 KPI group) as an SDG mapping with <paramref name="source"/>, inside this import's transaction,
    /// so it is committed or rolled back with the file. Existing mappings are never changed:
    /// <list type="bullet">
    /// <item>nothing is stored when the indicator already has a mapping to the same goal and target;</item>
    /// <item>nor, for a goal-level link, when it already maps to a target of that goal (the curated or analyst's
    /// mapping is more specific, and a second row would only repeat it on the goal page);</item>
    /// <item>the new row is primary only when the indicator has no mapping yet (so curated and analyst primaries,
    /// and the progress settings on them, stay where they are).</item>
    /// </list>
    /// Keyed by indicator code like every mapping: the indicator need not be in the store yet.
    /// </summary>
    /// <returns>True when a mapping was added.</returns>
    /// <exception cref="SdgMappingValidationException">Unknown goal or target, or a target outside the goal.</exception>
    public bool MergeSdgLink(string indicatorId, int goal, string? targetId, SdgMappingSource source, string? note = null)
    {
        // Same construction and rules as every other mapping; goal and target are checked against the catalogue
        // (as a set of one, whose only mapping must be primary; whether it is primary here is decided below).
        _replayable = false;
        var mapping = SdgMapping.Create(indicatorId.Trim(), goal, targetId, isPrimary: true, source, _clock, note);
        SdgMappingSet.Create([mapping]);

        var inserted = _connection.Execute(
            """
            INSERT INTO sdg_mappings (position, indicator_code, goal, target, is_primary, source, mapped_at, note)
            SELECT (SELECT COALESCE(MAX(position), 0) + 1 FROM sdg_mappings), @Code, @Goal, @Target,
                   CASE WHEN EXISTS (SELECT 1 FROM sdg_mappings WHERE indicator_code = @Code) THEN 0 ELSE 1 END,
                   @Source, @MappedAt, @Note
            WHERE NOT EXISTS (
                SELECT 1 FROM sdg_mappings
                WHERE indicator_code = @Code AND goal = @Goal
                  AND (COALESCE(target, '') = COALESCE(@Target, '') OR @Target IS NULL)
            )
            """,
            new
            {
                Code = mapping.IndicatorId,
                mapping.Goal,
                Target = mapping.TargetId,
                Source = source.ToName(),
                MappedAt = SdgMappingRows.Timestamp(mapping.MappedAt!.Value),
                mapping.Note,
            },
            _transaction);
        SdgLinksAdded += inserted;
        return inserted > 0;
    }

    /// <summary>How many mappings <see cref="MergeSdgLink"/> added in this import.</summary>
    public int SdgLinksAdded { get; private set; }
}
