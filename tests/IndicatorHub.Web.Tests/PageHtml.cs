using System.Text.RegularExpressions;

namespace IndicatorHub.Web.Tests;

/// <summary>Small, indentation-proof reads of rendered HTML.</summary>
internal static partial class PageHtml
{
    /// <summary>The table row (&lt;tr&gt;…&lt;/tr&gt;) that contains <paramref name="marker"/>.</summary>
    internal static string RowContaining(string html, string marker)
    {
        var match = Regex.Match(html, "<tr[^>]*>(?:(?!</tr>).)*?" + Regex.Escape(marker) + "(?:(?!</tr>).)*?</tr>", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, "no table row contains " + marker);
        return match.Value;
    }

    /// <summary>The cells' text of a row, tags stripped and whitespace collapsed.</summary>
    internal static IReadOnlyList<string> Cells(string row) =>
        CellPattern().Matches(row).Select(m => Regex.Replace(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " "), @"\s+", " ").Trim()).ToList();

    /// <summary>The section of the page from the element with id <paramref name="id"/> to the end of its table.</summary>
    internal static string TableAfter(string html, string id)
    {
        var start = html.IndexOf("id=\"" + id + "\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "no element with id " + id);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
