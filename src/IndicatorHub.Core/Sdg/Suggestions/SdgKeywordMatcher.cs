namespace IndicatorHub.Core.Sdg;

/// <summary>Compiled form of an <see cref="SdgKeywordRule"/> pattern.</summary>
internal sealed class SdgKeywordMatcher
{
    private readonly (string Text, bool AnyStart, bool AnyEnd)[] _terms;

    public SdgKeywordMatcher(string pattern)
    {
        var terms = pattern.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (terms.Length == 0)
        {
            throw new ArgumentException("A keyword pattern needs at least one word.", nameof(pattern));
        }

        _terms = terms.Select(t =>
        {
            var anyStart = t.StartsWith('*');
            var anyEnd = t.EndsWith('*');
            var text = t.Trim('*');
            return text.Length == 0 || text.Contains('*', StringComparison.Ordinal)
                ? throw new ArgumentException($"'{pattern}': stars are only allowed at the start or end of a word.", nameof(pattern))
                : (text, anyStart, anyEnd);
        }).ToArray();
    }

    /// <summary>The first run of consecutive words matching all terms, joined by spaces; null when absent.</summary>
    public string? FirstMatch(IReadOnlyList<string> words)
    {
        for (var start = 0; start + _terms.Length <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < _terms.Length && all; i++)
            {
                all = Matches(_terms[i], words[start + i]);
            }

            if (all)
            {
                return string.Join(' ', words.Skip(start).Take(_terms.Length));
            }
        }

        return null;
    }

    private static bool Matches((string Text, bool AnyStart, bool AnyEnd) term, string word) => (term.AnyStart, term.AnyEnd) switch
    {
        (false, false) => word == term.Text,
        (false, true) => word.StartsWith(term.Text, StringComparison.Ordinal),
        (true, false) => word.EndsWith(term.Text, StringComparison.Ordinal),
        _ => word.Contains(term.Text, StringComparison.Ordinal),
    };
}
