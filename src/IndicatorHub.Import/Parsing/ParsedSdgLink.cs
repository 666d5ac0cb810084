using IndicatorHub.Core.Sdg;

namespace IndicatorHub.Import.Parsing;

/// <summary>
/// A link from an indicator to an Agenda 2030 goal (and, where the source names one, a target) that a source file
/// states, such as a member of one of Kolada's Agenda 2030 KPI groups. The pipeline stores it as an SDG mapping
/// with the source's name, inside the file's import transaction, without overwriting any existing mapping.
/// </summary>
/// <param name="Position">The member's position in the file.</param>
/// <param name="IndicatorId">Indicator id as the source writes it (Kolada ids upper-cased).</param>
/// <param name="Goal">Goal number 1–17.</param>
/// <param name="TargetId">Target id such as "3.4", or null for a goal-level link.</param>
/// <param name="Source">Who states the link (<see cref="SdgMappingSource.Kolada"/> for Kolada's KPI groups).</param>
/// <param name="Note">Where the link comes from, e.g. the group's id and title.</param>
public sealed record ParsedSdgLink(SourcePosition Position, string IndicatorId, int Goal, string? TargetId, SdgMappingSource Source, string? Note = null)
    : ParsedItem(Position);
