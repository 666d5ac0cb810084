namespace IndicatorHub.Core.Sdg;

/// <summary>One of the 169 SDG targets, e.g. <c>3.4</c> or <c>3.d</c>.</summary>
/// <param name="Id">Target id as printed by the UN: goal number, a dot, then a number or a lower-case letter.</param>
/// <param name="Goal">The goal the target belongs to.</param>
/// <param name="TextEn">Official UN target text (A/RES/70/1).</param>
/// <param name="HeadingSv">Short Swedish heading, e.g. "Minska mödradödligheten", or null when none is compiled.</param>
/// <param name="Order">Position in the UN order (numbered targets before lettered ones), for stable sorting.</param>
public sealed record SdgTarget(string Id, int Goal, string TextEn, string? HeadingSv, int Order)
{
    /// <summary>
    /// Short label in <paramref name="language"/>. The UN publishes no short English heading, so the English
    /// fallback is the full target text, marked <c>en</c>.
    /// </summary>
    public SdgText Heading(string language = SdgText.Swedish) =>
        string.Equals(language, SdgText.Swedish, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(HeadingSv)
            ? new SdgText(HeadingSv, SdgText.Swedish)
            : new SdgText(TextEn, SdgText.English);

    /// <summary>Full target text; only the English UN text is shipped, so this is always marked <c>en</c>.</summary>
    public SdgText Text => new(TextEn, SdgText.English);
}
