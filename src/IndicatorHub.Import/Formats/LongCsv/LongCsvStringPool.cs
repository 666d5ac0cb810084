namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>
/// Hands out one string instance per distinct cell text. A long file repeats the same few hundred areas,
/// indicators, periods and subgroups millions of times; looking them up by span instead of allocating a new
/// string per cell keeps the parse allocation-light. The pool stops growing at a cap so that a column of unique
/// values (free-text status) cannot make memory grow with the file.
/// </summary>
internal sealed class LongCsvStringPool
{
    private const int MaxEntries = 50_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LongCsvStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = text.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(created, created);
        }

        return created;
    }
}
