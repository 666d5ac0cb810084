using System.Collections;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// An immutable, validated collection of mappings that always holds exactly one primary mapping per indicator.
/// Edits return a new set, so storage code can diff old and new.
/// </summary>
public sealed class SdgMappingSet : IReadOnlyList<SdgMapping>
{
    private readonly IReadOnlyList<SdgMapping> _mappings;
    private readonly Dictionary<string, IReadOnlyList<SdgMapping>> _byIndicator;
    private readonly SdgCatalogue _catalogue;

    private SdgMappingSet(IReadOnlyList<SdgMapping> mappings, SdgCatalogue catalogue)
    {
        _mappings = mappings;
        _catalogue = catalogue;
        _byIndicator = mappings
            .GroupBy(m => m.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SdgMapping>)g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Number of mappings (rows), not indicators.</summary>
    public int Count => _mappings.Count;

    /// <summary>Distinct indicator ids in first-seen order.</summary>
    public IReadOnlyList<string> IndicatorIds => _byIndicator.Keys.ToArray();

    /// <inheritdoc />
    public SdgMapping this[int index] => _mappings[index];

    /// <summary>Validates and wraps <paramref name="mappings"/>.</summary>
    /// <exception cref="SdgMappingValidationException">Any rule of <see cref="SdgMappingValidator"/> is broken.</exception>
    public static SdgMappingSet Create(IEnumerable<SdgMapping> mappings, SdgCatalogue? catalogue = null, IReadOnlySet<string>? knownIndicators = null)
    {
        catalogue ??= SdgCatalogue.Load();
        var list = mappings.ToList();
        var errors = SdgMappingValidator.Validate(list, catalogue, knownIndicators);
        return errors.Count > 0 ? throw new SdgMappingValidationException(errors) : new SdgMappingSet(list, catalogue);
    }

    /// <summary>The mappings of one indicator, primary first; empty when it is unmapped.</summary>
    public IReadOnlyList<SdgMapping> For(string indicatorId) =>
        _byIndicator.TryGetValue(indicatorId, out var list) ? list.OrderByDescending(m => m.IsPrimary).ToArray() : [];

    /// <summary>The indicator's primary mapping, or null when it is unmapped.</summary>
    public SdgMapping? PrimaryFor(string indicatorId) =>
        _byIndicator.TryGetValue(indicatorId, out var list) ? list.First(m => m.IsPrimary) : null;

    /// <summary>True when the indicator has at least one mapping.</summary>
    public bool IsMapped(string indicatorId) => _byIndicator.ContainsKey(indicatorId);

    /// <summary>The indicator's progress settings (kept on its primary mapping), or null.</summary>
    public SdgProgressSettings? ProgressFor(string indicatorId) => PrimaryFor(indicatorId)?.Progress;

    /// <summary>
    /// Adds <paramref name="mapping"/>, or replaces the mapping with the same indicator, goal and target.
    /// A new primary demotes the previous one and inherits its progress settings when it has none. An indicator's
    /// first mapping always becomes primary, because every mapped indicator needs exactly one.
    /// </summary>
    /// <exception cref="SdgMappingValidationException">The result breaks a rule (unknown goal/target, target not in goal, ...).</exception>
    public SdgMappingSet With(SdgMapping mapping)
    {
        var existing = For(mapping.IndicatorId);
        var previousPrimary = existing.FirstOrDefault(m => m.IsPrimary && !m.SameLinkAs(mapping));
        if (existing.Count == 0 || (existing.Count == 1 && existing[0].SameLinkAs(mapping)))
        {
            mapping = mapping with { IsPrimary = true };
        }

        if (mapping.IsPrimary && mapping.Progress is null && previousPrimary?.Progress is not null)
        {
            mapping = mapping with { Progress = previousPrimary.Progress };
        }

        var result = new List<SdgMapping>(_mappings.Count + 1);
        var replaced = false;
        foreach (var m in _mappings)
        {
            if (m.SameLinkAs(mapping))
            {
                result.Add(mapping);
                replaced = true;
            }
            else if (mapping.IsPrimary && m.IsPrimary && m.IndicatorId == mapping.IndicatorId)
            {
                result.Add(m with { IsPrimary = false, Progress = null });
            }
            else
            {
                result.Add(m);
            }
        }

        if (!replaced)
        {
            result.Add(mapping);
        }

        return Create(result, _catalogue);
    }

    /// <summary>
    /// Removes the mapping of <paramref name="indicatorId"/> to <paramref name="goal"/>/<paramref name="targetId"/>.
    /// When the primary is removed, the indicator's next mapping (file order) becomes primary and keeps the progress settings.
    /// </summary>
    public SdgMappingSet Without(string indicatorId, int goal, string? targetId)
    {
        var key = new SdgMapping(indicatorId, goal, targetId is null ? null : SdgCatalogue.NormaliseTargetId(targetId), false, SdgMappingSource.Analyst, null);
        var removed = _mappings.FirstOrDefault(m => m.SameLinkAs(key));
        if (removed is null)
        {
            return this;
        }

        var result = _mappings.Where(m => !ReferenceEquals(m, removed)).ToList();
        if (removed.IsPrimary)
        {
            var index = result.FindIndex(m => m.IndicatorId == indicatorId);
            if (index >= 0)
            {
                result[index] = result[index] with { IsPrimary = true, Progress = result[index].Progress ?? removed.Progress };
            }
        }

        return Create(result, _catalogue);
    }

    /// <summary>Replaces the indicator's progress settings (stored on its primary mapping).</summary>
    /// <exception cref="KeyNotFoundException">The indicator is not mapped.</exception>
    public SdgMappingSet WithProgress(string indicatorId, SdgProgressSettings? progress)
    {
        var primary = PrimaryFor(indicatorId) ?? throw new KeyNotFoundException($"Indicator '{indicatorId}' has no mapping.");
        return Create(_mappings.Select(m => ReferenceEquals(m, primary) ? m with { Progress = progress } : m), _catalogue);
    }

    /// <inheritdoc />
    public IEnumerator<SdgMapping> GetEnumerator() => _mappings.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
