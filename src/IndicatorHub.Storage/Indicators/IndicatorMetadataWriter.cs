using System.Globalization;
using Dapper;
using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Audit;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Storage.Indicators;

/// <summary>An analyst's metadata for an indicator (typically one an import has just created with its code as title).</summary>
/// <param name="Title">What the indicator measures; required.</param>
/// <param name="Unit">Unit of the values ("%", "år", "per 1000"), or null.</param>
/// <param name="HigherIsBetter">True when higher is better, false when lower is better, null when neither or unknown.</param>
/// <param name="Scale">HEAT's indicator scale (100 for percent, 1000, 1), or null; positive when set.</param>
/// <param name="Description">Definition, or null.</param>
public sealed record IndicatorMetadataEdit(string Title, string? Unit, bool? HigherIsBetter, double? Scale, string? Description);

/// <summary>Why an edit was refused.</summary>
public enum IndicatorEditResult
{
    /// <summary>Saved, with its audit entries.</summary>
    Done,

    /// <summary>The store has no indicator with that code.</summary>
    NotFound,

    /// <summary>The title is empty or longer than <see cref="IndicatorMetadataWriter.MaxTitleLength"/>.</summary>
    InvalidTitle,

    /// <summary>The scale is zero, negative or not a number.</summary>
    InvalidScale,

    /// <summary>A text is longer than the writer accepts.</summary>
    TooLong,

    /// <summary>An accepted SDG suggestion is not for this indicator.</summary>
    ForeignSuggestion,
}

/// <summary>
/// Writes an indicator's metadata and the SDG suggestions an analyst accepted for it in one transaction with
/// their audit entries, and clears the indicator's "needs metadata" mark. The caller holds the database's writer turn.
/// </summary>
public sealed class IndicatorMetadataWriter(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>The longest unit accepted.</summary>
    public const int MaxUnitLength = 50;

    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 10_000;

    /// <summary>
    /// Saves <paramref name="edit"/> for indicator <paramref name="code"/> and stores each of <paramref name="accepted"/>
    /// as a suggestion mapping (the first primary when the indicator has no primary yet), audited as <paramref name="user"/>.
    /// </summary>
    public IndicatorEditResult Save(string code, IndicatorMetadataEdit edit, IReadOnlyList<SdgSuggestion> accepted, string user)
    {
        if (Validate(edit) is { } problem)
        {
            return problem;
        }

        if (accepted.Any(s => !string.Equals(s.IndicatorId, code, StringComparison.Ordinal)))
        {
            return IndicatorEditResult.ForeignSuggestion;
        }

        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        var updated = connection.Execute(
            """
            UPDATE indicators SET title = @Title, unit = @Unit, higher_is_better = @HigherIsBetter, scale = @Scale, description = @Description,
                needs_metadata = 0
            WHERE code = @Code
            """,
            new
            {
                Code = code,
                Title = edit.Title.Trim(),
                Unit = Blank(edit.Unit),
                HigherIsBetter = edit.HigherIsBetter,
                edit.Scale,
                Description = Blank(edit.Description),
            },
            transaction);
        if (updated == 0)
        {
            return IndicatorEditResult.NotFound;
        }

        AuditLog.Write(connection, transaction, clock, user, AuditAction.IndicatorEdited, null, $"{code} {Describe(edit)}");
        if (accepted.Count > 0)
        {
            var mappings = SdgMappingSet.Create(SdgMappingRows.ReadAll(connection, transaction));
            var hasPrimary = mappings.For(code).Any(m => m.IsPrimary);
            for (var i = 0; i < accepted.Count; i++)
            {
                mappings = mappings.With(SdgSuggester.Accept(accepted[i], isPrimary: i == 0 && !hasPrimary, clock));
                AuditLog.Write(connection, transaction, clock, user, AuditAction.SdgSuggestionAccepted, null,
                    $"{code} goal {accepted[i].Goal.ToString(CultureInfo.InvariantCulture)}{(accepted[i].TargetId is { } target ? " target " + target : string.Empty)}");
            }

            SdgMappingRows.ReplaceAll(connection, transaction, mappings);
        }

        transaction.Commit();
        return IndicatorEditResult.Done;
    }

    private static IndicatorEditResult? Validate(IndicatorMetadataEdit edit)
    {
        if (string.IsNullOrWhiteSpace(edit.Title) || edit.Title.Trim().Length > MaxTitleLength)
        {
            return IndicatorEditResult.InvalidTitle;
        }

        if (edit.Scale is { } scale && (!double.IsFinite(scale) || scale <= 0))
        {
            return IndicatorEditResult.InvalidScale;
        }

        if (edit.Unit?.Length > MaxUnitLength || edit.Description?.Length > MaxDescriptionLength)
        {
            return IndicatorEditResult.TooLong;
        }

        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(IndicatorMetadataEdit edit) =>
        FormattableString.Invariant(
            $"title={edit.Title.Trim()}; unit={Blank(edit.Unit) ?? "-"}; higher_is_better={(edit.HigherIsBetter is { } h ? (h ? "1" : "0") : "-")}; scale={(edit.Scale is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-")}");
}
