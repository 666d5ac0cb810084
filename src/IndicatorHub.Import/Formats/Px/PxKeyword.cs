using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Px;

/// <summary>One PX keyword as written: <c>NAME[lang]("sub1","sub2")=value;</c>.</summary>
/// <param name="Name">The keyword, e.g. VALUES.</param>
/// <param name="Language">The language suffix ("en" in <c>TITLE[en]</c>), or null for the file's main language.</param>
/// <param name="SubKeys">The quoted arguments in parentheses, e.g. the variable name of VALUES("region").</param>
/// <param name="Values">
/// The value as a list: each quoted string (adjacent strings on following lines joined, as PX splits long
/// texts) or unquoted word (YES, 0, TLIST(A1)) is one item.
/// </param>
/// <param name="FirstQuoted">Whether the first item was quoted: ELIMINATION("kön")=YES differs from ="YES".</param>
/// <param name="Position">Where the keyword starts, with the keyword as the field.</param>
public sealed record PxKeyword(
    string Name,
    string? Language,
    IReadOnlyList<string> SubKeys,
    IReadOnlyList<string> Values,
    bool FirstQuoted,
    SourcePosition Position)
{
    /// <summary>The first value item, or null when the value is empty.</summary>
    public string? First => Values.Count > 0 ? Values[0] : null;
}
