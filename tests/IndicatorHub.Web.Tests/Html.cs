using System.Net;
using System.Text.RegularExpressions;

namespace IndicatorHub.Web.Tests;

/// <summary>One element found in a page: its attributes and its text as a reader sees it.</summary>
internal sealed record HtmlElement(string Tag, IReadOnlyDictionary<string, string> Attributes, string InnerHtml)
{
    /// <summary>The element's text: tags removed, entities decoded, white space collapsed.</summary>
    public string Text => Html.Text(InnerHtml);

    /// <summary>The attribute's decoded value, or null.</summary>
    public string? this[string name] => Attributes.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Reads rendered pages the way the tests need: elements by tag (and attribute), their text with tags and
/// indentation gone, so assertions are about text and roles, not Razor's layout of the markup. Enough for the
/// pages' well-formed HTML; not a general parser (an element of a tag nested in itself is not supported).
/// </summary>
internal static partial class Html
{
    /// <summary>Text with tags removed, entities decoded and runs of white space (no-break spaces kept) made one space.</summary>
    public static string Text(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>Every <paramref name="tag"/> element, in document order.</summary>
    public static IReadOnlyList<HtmlElement> Elements(string html, string tag) =>
        new Regex($@"<{tag}\b([^>]*)>(.*?)</{tag}>", RegexOptions.Singleline | RegexOptions.IgnoreCase)
            .Matches(html)
            .Select(m => new HtmlElement(tag, Attributes(m.Groups[1].Value), m.Groups[2].Value))
            .ToList();

    /// <summary>The <paramref name="tag"/> elements whose attribute <paramref name="name"/> is <paramref name="value"/>.</summary>
    public static IReadOnlyList<HtmlElement> Elements(string html, string tag, string name, string value) =>
        Elements(html, tag).Where(e => e[name] == value).ToList();

    /// <summary>The single <paramref name="tag"/> element (h1, caption, …); fails when there is not exactly one.</summary>
    public static HtmlElement Single(string html, string tag) => Elements(html, tag).Single();

    /// <summary>Each table row as the texts of its cells (th and td), in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(string html) =>
        Elements(html, "tr")
            .Select(r => (IReadOnlyList<string>)Cells().Matches(r.InnerHtml).Select(c => Text(c.Groups[2].Value)).ToList())
            .ToList();

    /// <summary>The first table row whose first cell is <paramref name="firstCell"/> (an indicator mapped to two targets has two rows).</summary>
    public static IReadOnlyList<string> Row(string html, string firstCell) =>
        Rows(html).First(r => r.Count > 0 && r[0] == firstCell);

    /// <summary>The opening tag of the html element's lang attribute.</summary>
    public static string? DocumentLang(string html) => HtmlLang().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text).ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"([\w-]+)=""([^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<(th|td)\b[^>]*>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex Cells();

    [GeneratedRegex(@"<html\b[^>]*\blang=""([^""]*)""")]
    private static partial Regex HtmlLang();
}
