using System.Globalization;
using System.Text;

namespace IndicatorHub.Cli.Output;

/// <summary>
/// Text from the store or a file (a file name, a cell, an error reason) as it may appear in one line of
/// tab-separated or line-based output: a newline, tab or other control character in it would start a new row or
/// column, so each is written as a visible escape (\n, \t, \r, \\, or \u followed by four hex digits), and very
/// long text is cut.
/// </summary>
internal static class OneLine
{
    /// <summary>The longest text written for one cell or message.</summary>
    internal const int MaxChars = 1000;

    internal static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var needsWork = text.Length > MaxChars;
        foreach (var c in text)
        {
            if (char.IsControl(c) || c == '\\' || c is '\u2028' or '\u2029')
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxChars) + 16);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxChars)))
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\\' => builder.Append("\\\\"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        if (text.Length > MaxChars)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)");
        }

        return builder.ToString();
    }
}
