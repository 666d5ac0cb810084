namespace IndicatorHub.Storage;

/// <summary>
/// Resolves what a file writes for an area (an SCB code, a Kolada id, an old code, a name in any case) to the
/// area's database id, in memory, so an import of millions of rows asks the database nothing per row.
/// </summary>
public sealed class AreaDirectory
{
    private readonly Dictionary<string, (long Id, string Code)> _byAlias;
    private readonly Dictionary<string, (long Id, string Code)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal AreaDirectory(IEnumerable<(string Alias, long Id, string Code)> aliases)
    {
        _byAlias = new Dictionary<string, (long, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, id, code) in aliases)
        {
            _byAlias[alias] = (id, code);
        }

        _lookup = _byAlias.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Finds the area for <paramref name="text"/>, trimmed and compared without case.</summary>
    public bool TryResolve(ReadOnlySpan<char> text, out long areaId, out string code)
    {
        if (_lookup.TryGetValue(text.Trim(), out var hit))
        {
            (areaId, code) = hit;
            return true;
        }

        (areaId, code) = (0, string.Empty);
        return false;
    }

    /// <summary>Adds an area created during an import (a setting outside Sweden) so later rows find it.</summary>
    internal void Add(string alias, long id, string code) => _byAlias[AreaKinds.AliasKey(alias)] = (id, code);
}
