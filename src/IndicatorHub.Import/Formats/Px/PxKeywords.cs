namespace IndicatorHub.Import.Formats.Px;

/// <summary>Looks up a PX file's keywords by name, first argument and language.</summary>
internal sealed class PxKeywords
{
    private readonly Dictionary<(string Name, string? SubKey, string? Language), PxKeyword> byKey = [];

    public PxKeywords(IEnumerable<PxKeyword> keywords)
    {
        foreach (var k in keywords)
        {
            // The first definition wins, as in PC-Axis; a repeated keyword is a writer's mistake, not new data.
            byKey.TryAdd((k.Name, k.SubKeys.Count > 0 ? k.SubKeys[0] : null, k.Language), k);
        }
    }

    /// <summary>The keyword in the file's main language (no [xx] suffix) unless a language is given.</summary>
    public PxKeyword? Get(string name, string? subKey = null, string? language = null) =>
        byKey.GetValueOrDefault((name, subKey, language));
}
