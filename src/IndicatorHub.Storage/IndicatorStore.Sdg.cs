using IndicatorHub.Core.Sdg;
using IndicatorHub.Storage.Queries.Indicators;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Storage;

public sealed partial class IndicatorStore
{
    /// <summary>
    /// Replaces every stored mapping with the mappings of a CSV file (<see cref="SdgMappingCsv"/> format) in one
    /// transaction. The whole file is validated first against the SDG catalogue and the store's indicators; with
    /// any error nothing is changed. Rows without <c>mapped_at</c> are stamped with the store's clock.
    /// </summary>
    /// <param name="csv">The file's text.</param>
    /// <param name="options">Unknown-indicator policy and dry run; defaults when null (see <see cref="SdgMappingImportOptions"/>).</param>
    public SdgMappingImportResult ImportSdgMappings(TextReader csv, SdgMappingImportOptions? options = null)
    {
        options ??= new SdgMappingImportOptions();
        var text = csv.ReadToEnd();
        var catalogue = SdgCatalogue.Load();
        var known = Read(IndicatorCatalogueQuery.Run).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

        var checkedRead = SdgMappingCsv.Read(new StringReader(text), known, catalogue);
        var columns = SdgHeaderColumns.Read(text);
        var errors = new List<SdgMappingImportIssue>();
        var warnings = new List<SdgMappingImportIssue>();
        foreach (var error in checkedRead.Errors)
        {
            var issue = ToIssue(error, columns);
            var unknownIndicator = error.Column == SdgMappingCsv.IndicatorColumn
                && !string.IsNullOrWhiteSpace(error.IndicatorId)
                && !known.Contains(error.IndicatorId);
            (unknownIndicator && !options.UnknownIndicatorsAreErrors ? warnings : errors).Add(unknownIndicator
                ? issue with { Reason = $"indicator '{error.IndicatorId}' is not in the store yet" + (options.UnknownIndicatorsAreErrors ? "" : "; the mapping is kept and applies once it is imported") }
                : issue);
        }

        if (errors.Count > 0)
        {
            return new SdgMappingImportResult(false, errors, warnings, 0, 0, 0, 0, 0);
        }

        // Only unknown indicators (now warnings) can have failed the checked read; read again without that check.
        var read = checkedRead.IsValid ? checkedRead : SdgMappingCsv.Read(new StringReader(text), null, catalogue);
        var now = _clock.GetUtcNow();
        var incoming = SdgMappingSet.Create(read.Mappings.Select(m => m.MappedAt is null ? m with { MappedAt = now } : m), catalogue);

        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        var before = SdgMappingRows.ReadAll(connection, transaction);
        var (added, removed, changed, unchanged) = Diff(before, incoming);
        if (options.DryRun)
        {
            transaction.Rollback();
            return new SdgMappingImportResult(false, [], warnings, incoming.Count, added, removed, changed, unchanged);
        }

        SdgMappingRows.ReplaceAll(connection, transaction, incoming);
        transaction.Commit();
        return new SdgMappingImportResult(true, [], warnings, incoming.Count, added, removed, changed, unchanged);
    }

    /// <summary>
    /// Adds an analyst's mapping, or replaces the mapping with the same indicator, goal and target, stamped with the
    /// store's clock. A new primary demotes the indicator's previous one; an indicator's first mapping is always
    /// primary (see <see cref="SdgMappingSet.With"/>). The indicator need not be in the store yet.
    /// </summary>
    /// <returns>The mapping as stored.</returns>
    /// <exception cref="ArgumentException">The source is curated or kolada, which only their own imports write.</exception>
    /// <exception cref="SdgMappingValidationException">Unknown goal or target, or a target outside the goal.</exception>
    public SdgMapping AddSdgMapping(string indicatorId, int goal, string? targetId, bool isPrimary, SdgMappingSource source = SdgMappingSource.Analyst, string? note = null)
    {
        if (source is not (SdgMappingSource.Analyst or SdgMappingSource.Suggestion))
        {
            throw new ArgumentException($"Only analyst and suggestion mappings are added one by one, not {source.ToName()}.", nameof(source));
        }

        return StoreMapping(SdgMapping.Create(indicatorId.Trim(), goal, targetId, isPrimary, source, _clock, note));
    }

    /// <summary>Stores an accepted keyword suggestion as a mapping with source suggestion and the trigger words as note.</summary>
    /// <returns>The mapping as stored.</returns>
    public SdgMapping AcceptSdgSuggestion(SdgSuggestion suggestion, bool isPrimary) =>
        StoreMapping(SdgSuggester.Accept(suggestion, isPrimary, _clock));

    private SdgMapping StoreMapping(SdgMapping mapping)
    {
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();

        // Read inside the write transaction, so two analysts adding at once cannot lose each other's edit.
        var updated = SdgMappingSet.Create(SdgMappingRows.ReadAll(connection, transaction)).With(mapping);
        SdgMappingRows.ReplaceAll(connection, transaction, updated);
        transaction.Commit();
        return updated.For(mapping.IndicatorId).First(m => m.SameLinkAs(mapping));
    }

    private static (int Added, int Removed, int Changed, int Unchanged) Diff(IReadOnlyList<SdgMapping> before, IReadOnlyList<SdgMapping> after)
    {
        static (string, int, string?) Key(SdgMapping m) => (m.IndicatorId, m.Goal, m.TargetId);
        var old = before.ToDictionary(Key);
        var added = 0;
        var changed = 0;
        var unchanged = 0;
        foreach (var mapping in after)
        {
            if (!old.Remove(Key(mapping), out var previous))
            {
                added++;
            }
            else if (previous == mapping)
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return (added, old.Count, changed, unchanged);
    }

    private static SdgMappingImportIssue ToIssue(SdgMappingError error, Dictionary<string, int> columns) =>
        new(error.Line, error.Column is not null && columns.TryGetValue(error.Column, out var position) ? position : 0, error.Column, error.Reason, error.IndicatorId);
}
