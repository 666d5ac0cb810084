namespace IndicatorHub.Core.Sdg;

/// <summary>
/// A display text together with the language it is written in, so a page can mark English fallbacks
/// (for example with <c>lang="en"</c>) when no Swedish text exists.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Language">BCP 47 language tag of <paramref name="Text"/>: <c>sv</c> or <c>en</c>.</param>
public sealed record SdgText(string Text, string Language)
{
    /// <summary>Language tag for Swedish texts.</summary>
    public const string Swedish = "sv";

    /// <summary>Language tag for English texts.</summary>
    public const string English = "en";

    /// <summary>True when the text is in <paramref name="language"/>, i.e. not a fallback.</summary>
    public bool IsIn(string language) => string.Equals(Language, language, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Text;
}
